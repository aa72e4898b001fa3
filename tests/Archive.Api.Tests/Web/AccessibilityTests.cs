using Archive.Testing;
using Microsoft.Playwright;

namespace Archive.Api.Tests.Web;

/// <summary>
/// Every view of the page, in English and Indonesian, passes axe-core's WCAG 2.1 A and AA rules in chromium: no rule
/// is turned off and no node left out.
/// </summary>
public sealed class AccessibilityTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Draft =
        "Ministers agreed to strengthen cooperation on the safe and voluntary return of migrants who are found not to be in need of international protection.";

    public static TheoryData<string, string> Views()
    {
        var data = new TheoryData<string, string>();
        foreach (var view in new[] { "search", "document", "side-by-side", "conferences", "commitments", "lineage", "disagreements", "changes", "precedent", "precedent-results", "review", "review-results", "add-key", "add-form" })
        {
            data.Add(view, "en");
            data.Add(view, "id");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Views))]
    public async Task View_PassesWcag21AA(string view, string language)
    {
        var (context, page, _) = await browser.NewPageAsync();
        await using var _c = context;

        await OpenAsync(page, view, language);

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Screenshots, $"a11y-{view}-{language}.png") });
        var violations = await Axe.ViolationsAsync(page);
        Assert.True(violations.Count == 0, $"{view} ({language}) breaks {violations.Count} WCAG 2.1 A/AA rules:\n" + string.Join('\n', violations));
    }

    private static async Task OpenAsync(IPage page, string view, string language)
    {
        var (address, route) = view switch
        {
            "search" => ("/?q=returns", "search"),
            "document" => ("/documents/bpmc6-2016-cochairs-en", "document"),
            "side-by-side" => ("/documents/bpmc6-2016-cochairs-en?view=parallel", "document"),
            "conferences" => ("/conferences", "conferences"),
            "commitments" => ("/commitments", "commitments"),
            "lineage" => ("/commitments/bpmc6-2016-cochairs-en/p5/c1", "commitments"),
            "disagreements" => ("/commitments/disagreements", "commitments"),
            "changes" => ("/changes?from=7&to=8", "changes"),
            "precedent" or "precedent-results" => ("/precedent", "precedent"),
            "review" or "review-results" => ("/review", "review"),
            _ => ("/add", "add"),
        };
        await page.GotoAsync(address + (address.Contains('?', StringComparison.Ordinal) ? '&' : '?') + "ui=" + language);
        await ReadyAsync(page, route);
        switch (view)
        {
            case "precedent-results":
                await page.Locator("#draft").FillAsync(Draft);
                await page.Locator("form.precedent-form button[type=submit]").ClickAsync();
                await page.WaitForSelectorAsync("li.precedent-hit");
                break;
            case "review-results":
                await page.Locator("#review-file").SetInputFilesAsync(new FilePayload
                {
                    Name = "draft.docx",
                    MimeType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    Buffer = IllustrativeDraft.Word().ToBytes(),
                });
                await page.Locator("form.review-form button[type=submit]").ClickAsync();
                await page.WaitForSelectorAsync("li.review-paragraph");
                break;
            case "add-form":
                await page.Locator("form.key-form input[name=key]").FillAsync(BrowserFixture.ApiKey);
                await page.Locator("form.key-form button[type=submit]").ClickAsync();
                await page.WaitForSelectorAsync("body[data-ready='add'] form.add-form");
                break;
            case "lineage":
                await page.WaitForSelectorAsync(".lineage-steps li");
                break;
            case "disagreements":
                await page.WaitForSelectorAsync("li.disagreement");
                break;
        }
    }

    private static Task ReadyAsync(IPage page, string route) =>
        page.WaitForSelectorAsync($"body[data-ready='{route}'] main:not([aria-busy])");
}
