using System.Text;
using Archive.Api.Tests.Uploads;
using Microsoft.Playwright;

namespace Archive.Api.Tests.Web;

/// <summary>
/// The page's "Add a document" form in chromium, as a secretariat officer uses it: enter the key, choose a file, read
/// the report, open the document. Its own host (the class fixture), since it changes the corpus.
/// </summary>
public sealed class AddDocumentPageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static async Task ReadyAsync(IPage page, string route) =>
        await page.WaitForSelectorAsync($"body[data-ready='{route}'] main:not([aria-busy])");

    [Fact]
    public async Task AddForm_WithAKey_AddsTheFile_ShowsItsReport_AndKeepsTheKeyInTheSessionOnly()
    {
        var (context, page, _) = await browser.NewPageAsync();
        await using var _c = context;
        await page.GotoAsync("/add");
        await ReadyAsync(page, "add");
        Assert.Equal(0, await page.Locator("form.add-form").CountAsync());

        await page.GetByLabel("API key").FillAsync(BrowserFixture.ApiKey);
        await page.GetByRole(AriaRole.Button, new() { Name = "Use this key" }).ClickAsync();
        await page.WaitForSelectorAsync("body[data-ready='add'] form.add-form");
        await page.GetByLabel("File (PDF, Word, HTML, text or Markdown)").SetInputFilesAsync(new FilePayload
        {
            Name = "returns-working-group.txt",
            MimeType = "text/plain",
            Buffer = UploadTexts.English("lorikeet"),
        });
        await page.GetByLabel("Title").FillAsync("Illustrative note of the working group on returns");
        await page.GetByLabel("Language", new() { Exact = true }).SelectOptionAsync("en");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add to the archive" }).ClickAsync();

        var report = page.Locator(".add-report h2");
        await report.WaitForAsync();
        Assert.Equal("Added as doc-returns-working-group-en", await report.InnerTextAsync());
        Assert.Contains("3 paragraphs from 1 page", await page.Locator(".add-report").InnerTextAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Screenshots, "add-document.png"), FullPage = true });

        // The key lives in this tab's session storage and nowhere a later visitor could read it.
        Assert.Equal(BrowserFixture.ApiKey, await page.EvaluateAsync<string>("sessionStorage.getItem('archive-api-key')"));
        Assert.Equal(0, await page.EvaluateAsync<int>("localStorage.length"));
        Assert.Empty(await context.CookiesAsync());

        await page.GetByRole(AriaRole.Link, new() { Name = "Open the document" }).ClickAsync();
        await ReadyAsync(page, "document");
        Assert.Contains("lorikeet", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddForm_InIndonesian_WithAWrongKey_SaysWhyInIndonesian()
    {
        var (context, page, _) = await browser.NewPageAsync();
        await using var _c = context;
        await page.GotoAsync("/add?ui=id");
        await ReadyAsync(page, "add");

        await page.GetByLabel("Kunci API").FillAsync("not-the-key-0123456789");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gunakan kunci ini" }).ClickAsync();
        await page.WaitForSelectorAsync("form.add-form");
        await page.GetByLabel("Berkas (PDF, Word, HTML, teks, atau Markdown)").SetInputFilesAsync(new FilePayload
        {
            Name = "catatan.txt",
            MimeType = "text/plain",
            Buffer = Encoding.UTF8.GetBytes("1. Catatan ilustratif."),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Tambahkan ke arsip" }).ClickAsync();

        var error = page.Locator(".add-report .error");
        await error.WaitForAsync();
        var text = await error.InnerTextAsync();
        Assert.StartsWith("Tidak ditambahkan Kunci tidak ada atau tidak sah.", text, StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Screenshots, "add-document-id-refused.png") });

        await page.GetByRole(AriaRole.Button, new() { Name = "Lupakan kunci" }).ClickAsync();
        await page.WaitForSelectorAsync("form.key-form");
        Assert.Null(await page.EvaluateAsync<string?>("sessionStorage.getItem('archive-api-key')"));
    }
}
