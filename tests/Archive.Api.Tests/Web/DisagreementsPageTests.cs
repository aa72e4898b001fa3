using Microsoft.Playwright;

namespace Archive.Api.Tests.Web;

/// <summary>
/// The clauses whose English and Indonesian versions were read differently, reached from the commitments page: each
/// pair side by side with both strengths and citations, in either interface language.
/// </summary>
public sealed class DisagreementsPageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly Dictionary<string, string[]> Strengths = new()
    {
        ["en"] = ["decision", "commitment", "tasking", "encouragement", "acknowledgement"],
        ["id"] = ["keputusan", "komitmen", "penugasan", "dorongan", "pengakuan"],
    };

    [Theory]
    [InlineData("en", "Read differently in the two languages", @"^\d+ clauses? read differently$")]
    [InlineData("id", "Dibaca berbeda dalam kedua bahasa", @"^\d+ klausul dibaca berbeda$")]
    public async Task Disagreements_FromTheCommitmentsPage_ListEachPairWithBothStrengthsAndCitations(string language, string link, string count)
    {
        var (context, page, _) = await browser.NewPageAsync();
        await using var _c = context;
        await page.GotoAsync($"/commitments?ui={language}");
        await page.WaitForSelectorAsync("body[data-ready='commitments'] main:not([aria-busy])");

        await page.GetByRole(AriaRole.Link, new() { Name = link, Exact = true }).ClickAsync();
        await page.WaitForSelectorAsync("body[data-ready='commitments'] main:not([aria-busy]) .disagreements");

        Assert.EndsWith("/commitments/disagreements", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        Assert.Equal(link, await page.Locator("h1").InnerTextAsync());
        Assert.Matches(count, await page.Locator("h2.count").InnerTextAsync());
        var pairs = await page.Locator("li.disagreement").AllAsync();
        Assert.NotEmpty(pairs);
        foreach (var pair in pairs)
        {
            var english = pair.Locator(".disagreement-side[data-language='en']");
            var indonesian = pair.Locator(".disagreement-side[data-language='id']");
            var strengths = new[] { await english.Locator(".badge").InnerTextAsync(), await indonesian.Locator(".badge").InnerTextAsync() };
            Assert.All(strengths, s => Assert.Contains(s, Strengths[language]));
            // Read differently: in strength, or else in addressee, which both sides then name.
            Assert.True(strengths[0] != strengths[1] || await pair.Locator(".addressee").CountAsync() == 2);
            Assert.Matches(@"^/documents/[^#]+-en#\w+$", await english.Locator("a").GetAttributeAsync("href"));
            Assert.Matches(@"^/documents/[^#]+-id#\w+$", await indonesian.Locator("a").GetAttributeAsync("href"));
            Assert.NotEmpty(await english.Locator("p.clause[lang='en']").InnerTextAsync());
            Assert.NotEmpty(await indonesian.Locator("p.clause[lang='id']").InnerTextAsync());
        }

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Screenshots, $"disagreements-{language}.png"), FullPage = true });
    }
}
