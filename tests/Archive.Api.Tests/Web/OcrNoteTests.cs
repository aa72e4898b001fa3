using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace Archive.Api.Tests.Web;

/// <summary>The browser on a host whose corpus holds a scanned copy of two sample pages, read by OCR at start.</summary>
public sealed class ScannedCorpusBrowserFixture() : BrowserFixture(new CorpusWithScanFactory());

/// <summary>A document read by OCR says so beside its citation and under each paragraph, with the confidence, in both languages.</summary>
public sealed class OcrNoteTests(ScannedCorpusBrowserFixture browser) : IClassFixture<ScannedCorpusBrowserFixture>
{
    [Fact]
    public async Task ScannedDocument_SaysItWasReadByOcr_InEnglishAndIndonesian()
    {
        var (context, page, _) = await browser.NewPageAsync();
        await using var _c = context;
        using var client = new HttpClient { BaseAddress = browser.BaseAddress };
        var documents = await client.GetFromJsonAsync<JsonElement[]>("/api/documents", TestContext.Current.CancellationToken);
        var id = documents!.Single(d => d.GetProperty("source").GetString() == "scanned.pdf").GetProperty("id").GetString();

        await page.GotoAsync($"/documents/{id}");
        await page.WaitForSelectorAsync("body[data-ready='document'] main:not([aria-busy])");

        Assert.Matches(@"^Read by OCR from a scanned page \(mean word confidence \d{2,3}%\): check the wording against the source\.$",
            await page.Locator(".doc-header .citation .ocr-note").InnerTextAsync());
        Assert.Equal(await page.Locator("section.para").CountAsync(), await page.Locator("section.para .ocr-note").CountAsync());

        await page.GetByRole(AriaRole.Button, new() { Name = "Bahasa Indonesia" }).ClickAsync();
        await page.WaitForSelectorAsync(".doc-header .ocr-note:has-text('Dibaca dengan OCR')");

        Assert.Matches(@"^Dibaca dengan OCR dari halaman pindaian \(rata-rata keyakinan kata \d{2,3}%\): periksa kata-katanya dengan sumbernya\.$",
            await page.Locator(".doc-header .citation .ocr-note").InnerTextAsync());
    }

    [Fact]
    public async Task TextLayerDocument_HasNoOcrNote()
    {
        var (context, page, _) = await browser.NewPageAsync();
        await using var _c = context;

        await page.GotoAsync("/documents/bpmc6-2016-cochairs-en");
        await page.WaitForSelectorAsync("body[data-ready='document'] main:not([aria-busy])");

        Assert.Equal(0, await page.Locator(".ocr-note").CountAsync());
    }
}
