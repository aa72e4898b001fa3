using Archive.Testing;
using Microsoft.Playwright;

namespace Archive.Api.Tests.Web;

/// <summary>
/// The page's "Review a draft" view in chromium, as a drafter uses it: upload the illustrative draft (or paste a
/// draft), read the review paragraph by paragraph, download the draft back as a commented Word file; in English and,
/// through the page's language switch, in Indonesian.
/// </summary>
public sealed class DraftReviewPageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    /// <summary>What the view says in each interface language.</summary>
    public sealed record Labels(string Ui, string Heading, string Nav, string File, string Text, string Button, string Download,
        string Verbatim, string Edited, string New, string Weakened, string Here, string AgreedIndonesian, string Tracked, string Alike, string Refused);

    private static readonly Labels English = new("en", "Review a whole draft", "Review a draft", "Draft file (Word .docx, PDF, HTML or text)",
        "Draft text (paragraphs apart by blank lines, numbered or not)", "Review the draft", "Download as Word with comments",
        "verbatim", "edited", "new", "Commitment weakened: ", "encouragement here.", "Agreed wording in Indonesian", "tracked changes", "% alike in wording",
        "Not reviewed The archive does not read this type of file");

    private static readonly Labels Indonesian = new("id", "Tinjau seluruh rancangan", "Tinjau rancangan", "Berkas rancangan (Word .docx, PDF, HTML, atau teks)",
        "Teks rancangan (paragraf dipisahkan baris kosong, bernomor atau tidak)", "Periksa rancangan", "Unduh sebagai Word dengan komentar",
        "sama persis", "disunting", "baru", "Komitmen diperlemah: ", "dorongan di sini.", "Rumusan yang telah disepakati dalam bahasa Indonesia", "perubahan terlacak",
        "% mirip dalam rumusan", "Tidak ditinjau Arsip tidak membaca jenis berkas ini");

    public static TheoryData<string> Languages() => ["en", "id"];

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task UploadedWordDraft_ShowsSummarySourcesWeakeningAndAgreedWording_AndDownloadsTheCommentedFile(string ui)
    {
        var (context, page, labels) = await OpenAsync(ui);
        await using var _c = context;
        var entries = IllustrativeDraft.Entries();

        await page.GetByLabel(labels.File, new() { Exact = true }).SetInputFilesAsync(new FilePayload
        {
            Name = "draft.docx",
            MimeType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            Buffer = IllustrativeDraft.Word().ToBytes(),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = labels.Button }).ClickAsync();
        await page.WaitForSelectorAsync(".review-list");

        Assert.Equal([$"4 {labels.Verbatim}", $"4 {labels.Edited}", $"4 {labels.New}"],
            [await Count(page, "verbatim"), await Count(page, "edited"), await Count(page, "new")]);
        Assert.Contains(labels.Tracked, await page.Locator("ul.warnings").InnerTextAsync(), StringComparison.Ordinal);
        var paragraphs = page.Locator("li.review-paragraph");
        Assert.Equal(12, await paragraphs.CountAsync());
        Assert.Equal(["verbatim", "edited", "new"], await paragraphs.Locator(".review-head .badge").EvaluateAllAsync<string[]>(
            "nodes => [...new Set(nodes.map(n => n.className.replace('badge review-', '')))]"));

        // The second paragraph was edited from its source: cited with its similarity, the diff marked, the weakening said, the Indonesian wording shown.
        var edited = paragraphs.Nth(1);
        Assert.Equal($"2. {labels.Edited}", await edited.Locator(".review-head").InnerTextAsync());
        Assert.StartsWith($"/documents/{entries[1].SourceDocument}#p", await edited.Locator(".review-source a").GetAttributeAsync("href"), StringComparison.Ordinal);
        Assert.Contains(labels.Alike, await edited.Locator(".review-source").InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await edited.Locator(".diff del").CountAsync() > 0);
        Assert.True(await edited.Locator(".diff ins").CountAsync() > 0);
        var change = await edited.Locator(".strength-change").InnerTextAsync();
        Assert.StartsWith(labels.Weakened, change, StringComparison.Ordinal);
        Assert.EndsWith(labels.Here, change, StringComparison.Ordinal);
        Assert.Equal(labels.AgreedIndonesian, await edited.Locator(".agreed-other h4").InnerTextAsync());
        Assert.False(string.IsNullOrWhiteSpace(await edited.Locator(".agreed-other p[lang='id']").InnerTextAsync()));
        Assert.Matches(@"^/documents/[^/]+-id#p\d+$", await edited.Locator(".agreed-other a").GetAttributeAsync("href"));

        // A new paragraph shows the closest agreed paragraph, if any comes near.
        Assert.Equal(1, await paragraphs.Nth(2).Locator(".review-source a, .note").CountAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Screenshots, $"review-{ui}.png"), FullPage = true });

        await AssertDownloadsWordAsync(page, labels);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task PastedDraft_IsReviewed_AndDownloadsTheCommentedFile(string ui)
    {
        var (context, page, labels) = await OpenAsync(ui);
        await using var _c = context;
        var entries = IllustrativeDraft.Entries();

        await page.GetByLabel(labels.Text, new() { Exact = true }).FillAsync($"1. {entries[0].Text}\n\n2. {entries[2].Text}\n");
        await page.GetByRole(AriaRole.Button, new() { Name = labels.Button }).ClickAsync();
        await page.WaitForSelectorAsync(".review-list");

        Assert.Equal([$"1 {labels.Verbatim}", $"0 {labels.Edited}", $"1 {labels.New}"],
            [await Count(page, "verbatim"), await Count(page, "edited"), await Count(page, "new")]);
        Assert.Equal(2, await page.Locator("li.review-paragraph").CountAsync());
        await AssertDownloadsWordAsync(page, labels);
    }

    [Fact]
    public async Task Review_AfterTheLanguageSwitch_IsShownAgainInIndonesian()
    {
        var entries = IllustrativeDraft.Entries();
        var (context, page, _) = await OpenAsync("en");
        await using var _c = context;
        await page.GetByLabel(English.Text, new() { Exact = true }).FillAsync(entries[0].Text);
        await page.GetByRole(AriaRole.Button, new() { Name = English.Button }).ClickAsync();
        await page.WaitForSelectorAsync(".review-list");
        Assert.Equal("1 verbatim", await Count(page, "verbatim"));

        await page.GetByRole(AriaRole.Button, new() { Name = "Bahasa Indonesia" }).ClickAsync();

        await page.WaitForSelectorAsync("html[lang='id'] .review-list");
        Assert.Equal("1 sama persis", await Count(page, "verbatim"));
        Assert.Equal(Indonesian.Download, await page.Locator("button.download").InnerTextAsync());
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task UnreadableFile_SaysWhy_InTheInterfaceLanguage(string ui)
    {
        var (context, page, labels) = await OpenAsync(ui);
        await using var _c = context;

        await page.GetByLabel(labels.File, new() { Exact = true }).SetInputFilesAsync(new FilePayload
        {
            Name = "draft.png",
            MimeType = "image/png",
            Buffer = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52],
        });
        await page.GetByRole(AriaRole.Button, new() { Name = labels.Button }).ClickAsync();

        var error = page.Locator(".review-results .error[role='alert']");
        await error.WaitForAsync();
        Assert.StartsWith(labels.Refused, await error.InnerTextAsync(), StringComparison.Ordinal);
    }

    // English first, as a new reader sees it; Indonesian through the language switch, whose labels must change.
    // Content Security Policy violations are collected by the browser itself, before the page's scripts run.
    private async Task<(IBrowserContext Context, IPage Page, Labels Labels)> OpenAsync(string ui)
    {
        var labels = ui == "id" ? Indonesian : English;
        var (context, page, _) = await browser.NewPageAsync();
        await page.AddInitScriptAsync("window.violations = []; document.addEventListener('securitypolicyviolation', e => window.violations.push(e.violatedDirective + ' ' + e.blockedURI));");
        await page.GotoAsync("/");
        await ReadyAsync(page, "search");
        await page.GetByRole(AriaRole.Link, new() { Name = English.Nav, Exact = true }).ClickAsync();
        await ReadyAsync(page, "review");
        Assert.Equal(English.Heading, await page.Locator("main h1").InnerTextAsync());
        Assert.Equal("page", await page.Locator("nav a[data-nav='review']").GetAttributeAsync("aria-current"));
        if (labels.Ui == "id")
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Bahasa Indonesia" }).ClickAsync();
            await page.WaitForSelectorAsync("html[lang='id'] body[data-ready='review'] main:not([aria-busy])");
            Assert.Equal(Indonesian.Heading, await page.Locator("main h1").InnerTextAsync());
            Assert.Equal(Indonesian.Nav, await page.Locator("nav a[data-nav='review']").InnerTextAsync());
        }

        return (context, page, labels);
    }

    private static async Task AssertDownloadsWordAsync(IPage page, Labels labels)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = labels.Download }).ClickAsync());

        Assert.EndsWith(".docx", download.SuggestedFilename, StringComparison.Ordinal);
        var bytes = await File.ReadAllBytesAsync((await download.PathAsync())!, TestContext.Current.CancellationToken);
        Assert.True(bytes.Length > 2);
        Assert.Equal("PK"u8.ToArray(), bytes[..2]);
        Assert.Equal("[]", await page.EvaluateAsync<string>("JSON.stringify(window.violations)"));
    }

    private static Task<string> Count(IPage page, string key) => page.Locator($".review-summary [data-count='{key}']").InnerTextAsync();

    private static Task ReadyAsync(IPage page, string route) =>
        page.WaitForSelectorAsync($"body[data-ready='{route}'] main:not([aria-busy])");
}
