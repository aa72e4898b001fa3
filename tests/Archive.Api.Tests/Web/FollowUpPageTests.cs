using Microsoft.Playwright;

namespace Archive.Api.Tests.Web;

/// <summary>
/// The follow-up record on a commitment's lineage page in chromium, as the secretariat keeps it: read each step's
/// record, record a new one with the API key (under the page's Content-Security-Policy), read the refusal when the key is wrong. Its own host (the class
/// fixture), since it writes to the register.
/// </summary>
public sealed class FollowUpPageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Lineage = "/commitments/bpmc6-2016-cochairs-en/p5/c1";

    private static async Task OpenAsync(IPage page, string address)
    {
        await page.GotoAsync(address);
        await page.WaitForSelectorAsync("body[data-ready='commitments'] main:not([aria-busy]) .lineage-steps li");
    }

    [Fact]
    public async Task Record_WithTheKey_ShowsTheNewRecordAndItsHistoryEntry_AndPassesAxe()
    {
        var (context, page, _) = await browser.NewPageAsync();
        await using var _c = context;
        // Injected by the browser itself, before the page's scripts, and not subject to the page's policy.
        await page.AddInitScriptAsync("window.violations = []; document.addEventListener('securitypolicyviolation', e => window.violations.push(e.violatedDirective + ' ' + e.blockedURI));");
        await OpenAsync(page, Lineage);
        var step = page.Locator(".lineage-steps > li").First.Locator("section.follow-up");
        Assert.Equal("No follow-up recorded yet.", await step.Locator(".follow-up-shown").InnerTextAsync());

        await step.GetByText("Record a follow-up").ClickAsync();
        await step.GetByLabel("Status").SelectOptionAsync("implemented");
        await step.GetByLabel("Note (what was done, by whom, what is left)").FillAsync("Returns guidelines adopted by the working group.");
        await step.GetByLabel("Evidence (addresses or paragraph ids, one a line)").FillAsync("bpmc6-2016-cochairs-en/p5\nhttps://www.baliprocess.net/");
        await step.GetByLabel("API key").FillAsync(BrowserFixture.ApiKey);
        await step.GetByRole(AriaRole.Button, new() { Name = "Record", Exact = true }).ClickAsync();
        await step.Locator(".follow-up-saved").WaitForAsync();

        var current = step.Locator(".follow-up-current");
        Assert.Equal("implemented", await current.Locator(".badge").InnerTextAsync());
        Assert.StartsWith("recorded by browser, ", await current.Locator(".small").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("Returns guidelines adopted by the working group.", await current.Locator(".follow-up-note").InnerTextAsync());
        Assert.Equal("/documents/bpmc6-2016-cochairs-en#p5", await current.GetByRole(AriaRole.Link, new() { Name = "bpmc6-2016-cochairs-en/p5" }).GetAttributeAsync("href"));
        Assert.Equal("https://www.baliprocess.net/", await current.GetByRole(AriaRole.Link, new() { Name = "https://www.baliprocess.net/" }).GetAttributeAsync("href"));
        var history = step.Locator(".follow-up-history");
        Assert.Equal("History (1 entry)", await history.Locator("summary").InnerTextAsync());
        await history.Locator("summary").ClickAsync();
        Assert.Equal(1, await history.Locator("ol > li").CountAsync());
        Assert.Contains("Changed: status, note, evidence", await history.Locator("ol > li").InnerTextAsync(), StringComparison.Ordinal);

        Assert.Equal("[]", await page.EvaluateAsync<string>("JSON.stringify(window.violations)"));

        // The key lives in this tab's session storage only, as on "Add a document".
        Assert.Equal(BrowserFixture.ApiKey, await page.EvaluateAsync<string>("sessionStorage.getItem('archive-api-key')"));
        Assert.Equal(0, await page.EvaluateAsync<int>("localStorage.length"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Screenshots, "lineage-follow-up.png"), FullPage = true });

        var violations = await Axe.ViolationsAsync(page);
        Assert.True(violations.Count == 0, "The lineage page with a follow-up record breaks WCAG 2.1 A/AA rules:\n" + string.Join('\n', violations));

        // A reload reads the record back from the register.
        await OpenAsync(page, Lineage);
        Assert.Equal("implemented", await page.Locator(".lineage-steps > li").First.Locator(".follow-up-current .badge").InnerTextAsync());
    }

    [Fact]
    public async Task Record_InIndonesian_WithAWrongKey_SaysWhyInIndonesian_AndPassesAxe()
    {
        var (context, page, _) = await browser.NewPageAsync();
        await using var _c = context;
        await OpenAsync(page, Lineage + "?ui=id");
        var step = page.Locator(".lineage-steps > li").Nth(1).Locator("section.follow-up");
        Assert.Equal("Tindak lanjut", await step.Locator("h3").InnerTextAsync());
        Assert.Equal("Belum ada tindak lanjut yang dicatat.", await step.Locator(".follow-up-shown").InnerTextAsync());

        await step.GetByText("Catat tindak lanjut").ClickAsync();
        await step.GetByLabel("Status").SelectOptionAsync("in-progress");
        await step.GetByLabel("Kunci API").FillAsync("not-the-key-0123456789");
        await step.GetByRole(AriaRole.Button, new() { Name = "Catat", Exact = true }).ClickAsync();

        var error = step.Locator(".follow-up-output .error");
        await error.WaitForAsync();
        Assert.StartsWith("Tidak dicatat Kunci tidak ada atau tidak sah.", await error.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("Belum ada tindak lanjut yang dicatat.", await step.Locator(".follow-up-shown").InnerTextAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Screenshots, "lineage-follow-up-id-refused.png"), FullPage = true });

        var violations = await Axe.ViolationsAsync(page);
        Assert.True(violations.Count == 0, "The Indonesian lineage page with a refusal breaks WCAG 2.1 A/AA rules:\n" + string.Join('\n', violations));
    }

    [Fact]
    public async Task CommitmentsPage_LinksTheFollowUpRegisterAsCsv()
    {
        var (context, page, _) = await browser.NewPageAsync();
        await using var _c = context;
        await page.GotoAsync("/commitments?ui=id");
        await page.WaitForSelectorAsync("body[data-ready='commitments'] main:not([aria-busy])");

        var link = page.GetByRole(AriaRole.Link, new() { Name = "Unduh daftar tindak lanjut (CSV)" });
        Assert.Equal("/api/follow-up.csv", await link.GetAttributeAsync("href"));
        using var client = new HttpClient { BaseAddress = browser.BaseAddress };
        using var response = await client.GetAsync("/api/follow-up.csv", TestContext.Current.CancellationToken);
        Assert.StartsWith("text/csv", response.Content.Headers.ContentType!.ToString(), StringComparison.Ordinal);
    }
}
