using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Archive.Api.Tests.Web;

/// <summary>The web page in a real browser, used as its readers use it: search, open, read side by side, cite, check a draft.</summary>
public sealed partial class WebPageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static async Task ReadyAsync(IPage page, string route) =>
        await page.WaitForSelectorAsync($"body[data-ready='{route}'] main:not([aria-busy])");

    private static Task ScreenshotAsync(IPage page, string name, bool fullPage = false) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Screenshots, name), FullPage = fullPage });

    [Fact]
    public async Task Search_English_ShowsHighlightedParagraphsWithCitationsAndCounterparts()
    {
        var (context, page, requests) = await browser.NewPageAsync();
        await using var _ = context;

        await page.GotoAsync("/?q=returns%20reintegration");
        await ReadyAsync(page, "search");

        var hits = page.Locator("li.hit");
        Assert.Equal(10, await hits.CountAsync());
        Assert.Matches(@"^\d+ paragraphs found$", await page.Locator("h2.count").InnerTextAsync());
        Assert.True(await hits.First.Locator("mark").CountAsync() > 0);
        Assert.Contains("para.", await hits.First.Locator(".citation cite").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("Illustrative sample", await hits.First.Locator(".badge.sample").InnerTextAsync());
        Assert.Equal(1, await hits.First.Locator("details.counterpart").CountAsync());
        Assert.All(requests, url => Assert.StartsWith(browser.BaseAddress.ToString(), url, StringComparison.Ordinal));
        await ScreenshotAsync(page, "search-en.png");
    }

    [Fact]
    public async Task Page_LoadsWithoutAConsoleError_WithItsIconAndADescription()
    {
        var (context, page, _) = await browser.NewPageAsync();
        await using var _c = context;
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        var failed = new List<string>();
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                failed.Add($"{response.Status} {response.Url}");
            }
        };

        await page.GotoAsync("/?q=returns");
        await ReadyAsync(page, "search");
        await using var icon = await page.APIRequest.GetAsync("/favicon.ico");

        Assert.Empty(errors);
        Assert.Empty(failed);
        Assert.True(icon.Ok, $"/favicon.ico answered {icon.Status}");
        Assert.Equal("image/svg+xml", icon.Headers["content-type"]);
        Assert.Equal("/favicon.svg", await page.Locator("link[rel=icon]").GetAttributeAsync("href"));
        Assert.Contains("Indonesian", await page.Locator("meta[name=description]").GetAttributeAsync("content"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "Follow this search (Atom feed)", "Bali Process Archive: search “returns” (in English)")]
    [InlineData("id", "Ikuti pencarian ini (umpan Atom)", "Arsip Bali Process: pencarian “returns” (dalam bahasa Inggris)")]
    public async Task Search_OffersToFollowIt_AsTheAtomFeedOfTheSameSearch_InThePagesLanguage(string language, string label, string feedTitle)
    {
        var (context, page, _) = await browser.NewPageAsync();
        await using var _c = context;
        await page.GotoAsync($"/?q=returns&lang=en&ui={language}");
        await ReadyAsync(page, "search");

        var follow = page.GetByRole(AriaRole.Link, new() { Name = label, Exact = true });
        Assert.True(await follow.IsVisibleAsync());
        var href = await follow.GetAttributeAsync("href");
        Assert.Equal($"/api/search/feed?ui={language}&q=returns&lang=en", href);
        var alternate = page.Locator("head link[rel=alternate][type='application/atom+xml']");
        Assert.Equal(href, await alternate.GetAttributeAsync("href"));
        Assert.StartsWith(language == "id" ? "Arsip Bali Process: pencarian" : "Bali Process Archive: search", await alternate.GetAttributeAsync("title"), StringComparison.Ordinal);
        // The link is the feed of that search, titled in the page's language.
        var feed = await page.APIRequest.GetAsync(href!);
        Assert.Equal("application/atom+xml; charset=utf-8", feed.Headers["content-type"]);
        Assert.Contains($"<title type=\"text\">{feedTitle}</title>", await feed.TextAsync(), StringComparison.Ordinal);
        await ScreenshotAsync(page, $"search-follow-{language}.png");

        // Another view has no search to follow.
        await page.Locator("a[data-nav=conferences]").ClickAsync();
        await ReadyAsync(page, "conferences");
        Assert.Equal(0, await alternate.CountAsync());
    }

    [Fact]
    public async Task Search_Indonesian_TypedInTheBox_PutsTheQueryInTheAddress()
    {
        var (context, page, _) = await browser.NewPageAsync();
        await using var _c = context;
        await page.GotoAsync("/");
        await ReadyAsync(page, "search");

        await page.GetByLabel("Words, \"a phrase\"").FillAsync("perdagangan orang daring");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(QueryInAddress());
        await page.WaitForSelectorAsync("li.hit");

        Assert.Contains("q=perdagangan+orang+daring", page.Url, StringComparison.Ordinal);
        Assert.True(await page.Locator("li.hit article[lang='id']").CountAsync() > 0);
        await page.ReloadAsync();
        await ReadyAsync(page, "search");
        Assert.Equal("perdagangan orang daring", await page.GetByLabel("Words, \"a phrase\"").InputValueAsync());
        Assert.True(await page.Locator("li.hit").CountAsync() > 0);
    }

    [Fact]
    public async Task Filter_ByLanguage_KeepsOnlyThatLanguage_AndPagesOn()
    {
        var (context, page, _) = await browser.NewPageAsync();
        await using var _c = context;
        await page.GotoAsync("/?q=cooperation");
        await ReadyAsync(page, "search");

        await page.GetByLabel("Language of paragraphs").SelectOptionAsync("id");
        await page.WaitForURLAsync(LanguageInAddress());

        // The page re-renders in place: wait for the filtered results, not the ones already shown.
        await page.WaitForSelectorAsync("ol.hits li.hit article[lang='id']");
        await page.WaitForFunctionAsync("() => !document.querySelector('li.hit article[lang=\"en\"]')");

        var languages = await page.Locator("li.hit article").EvaluateAllAsync<string[]>("nodes => nodes.map(n => n.lang)");
        Assert.NotEmpty(languages);
        Assert.All(languages, l => Assert.Equal("id", l));
        await page.GetByRole(AriaRole.Link, new() { Name = "Next" }).ClickAsync();
        await page.WaitForURLAsync(OffsetInAddress());
        await page.WaitForSelectorAsync("ol.hits[start='11'] li.hit");
    }

    [Fact]
    public async Task OpeningAHit_LandsOnItsParagraphAnchor_InTheDocument()
    {
        var (context, page, _) = await browser.NewPageAsync();
        await using var _c = context;
        await page.GotoAsync("/?q=%22Regional%20Support%20Office%22&lang=en");
        await ReadyAsync(page, "search");
        var permalink = await page.Locator("li.hit a.hit-title").First.GetAttributeAsync("href");

        await page.Locator("li.hit a.hit-title").First.ClickAsync();
        await ReadyAsync(page, "document");

        Assert.NotNull(permalink);
        Assert.EndsWith(permalink, page.Url, StringComparison.Ordinal);
        var anchor = permalink[(permalink.IndexOf('#', StringComparison.Ordinal) + 1)..];
        Assert.Equal(anchor, await page.EvaluateAsync<string>("document.activeElement.id"));
        Assert.Contains("targeted", await page.Locator($"[id='{anchor}']").GetAttributeAsync("class") ?? string.Empty, StringComparison.Ordinal);
        Assert.True(await page.Locator($"[id='{anchor}']").IsVisibleAsync());
        await ScreenshotAsync(page, "document-anchor.png");
    }

    [Fact]
    public async Task SideBySide_AlignsEachEnglishParagraphWithItsIndonesianTwin()
    {
        var (context, page, _) = await browser.NewPageAsync();
        await using var _c = context;
        await page.GotoAsync("/documents/bpmc6-2016-cochairs-en");
        await ReadyAsync(page, "document");

        await page.GetByRole(AriaRole.Link, new() { Name = "Side by side: English | Indonesian" }).ClickAsync();
        await page.WaitForSelectorAsync(".side-by-side");

        Assert.Contains("view=parallel", page.Url, StringComparison.Ordinal);
        var row = page.Locator(".side-by-side .row[id='p5']");
        Assert.Equal(1, await row.Locator("section.para[lang='en']").CountAsync());
        Assert.Equal(1, await row.Locator("section.para[lang='id']").CountAsync());
        Assert.Equal("bpmc6-2016-cochairs-id/p5", await row.Locator("section.para[lang='id']").GetAttributeAsync("data-id"));
        await ScreenshotAsync(page, "document-side-by-side.png");
    }

    [Fact]
    public async Task InterfaceLanguage_SwitchesEveryLabelAndDateFormat_AndIsRemembered()
    {
        var (context, page, _) = await browser.NewPageAsync();
        await using var _c = context;
        await page.GotoAsync("/documents/bpmc6-2016-cochairs-en");
        await ReadyAsync(page, "document");
        Assert.Contains("23 March 2016", await page.Locator(".doc-header .meta").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("Issued by: Bali Process", await page.Locator(".doc-header .issued").InnerTextAsync());

        await page.GetByRole(AriaRole.Button, new() { Name = "Bahasa Indonesia" }).ClickAsync();
        await page.WaitForSelectorAsync("html[lang='id']");
        await page.WaitForSelectorAsync(".doc-header .meta:has-text('Maret')");

        Assert.Contains("23 Maret 2016", await page.Locator(".doc-header .meta").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("Diterbitkan oleh: Bali Process", await page.Locator(".doc-header .issued").InnerTextAsync());
        Assert.Equal(["Cari", "Konferensi", "Komitmen", "Perubahan", "Preseden", "Tinjau rancangan", "Tambah dokumen"], await page.Locator("nav a").AllInnerTextsAsync());
        Assert.Equal("Salin kutipan", await page.Locator(".doc-header button.copy").InnerTextAsync());
        Assert.Equal("Contoh ilustratif", await page.Locator(".badge.sample").First.InnerTextAsync());
        await page.GotoAsync("/");
        await ReadyAsync(page, "search");
        Assert.Equal("Cari dalam arsip", await page.Locator("h1").InnerTextAsync());
        Assert.Equal("true", await page.GetByRole(AriaRole.Button, new() { Name = "Bahasa Indonesia" }).GetAttributeAsync("aria-pressed"));

        // A shared link can name the interface language.
        await page.GotoAsync("/conferences?ui=en");
        await ReadyAsync(page, "conferences");
        Assert.Equal("Ministerial Conferences", await page.Locator("h1").InnerTextAsync());
    }

    [Fact]
    public async Task Lineage_IsATimelineAcrossConferences_WithStrengthChangesMarked()
    {
        var (context, page, _) = await browser.NewPageAsync();
        await using var _c = context;
        await page.GotoAsync("/commitments?topic=returns-reintegration&lang=en");
        await ReadyAsync(page, "commitments");
        await ScreenshotAsync(page, "commitments.png");
        await page.Locator("li.commitment a[href='/commitments/bpmc6-2016-cochairs-en/p5/c1']").ClickAsync();
        await page.WaitForSelectorAsync(".lineage-steps li");

        var statuses = await page.Locator(".lineage-steps li").EvaluateAllAsync<string[]>("nodes => nodes.map(n => n.dataset.status)");
        Assert.True(statuses.Length >= 4);
        Assert.Equal("new", statuses[0]);
        Assert.Contains("strengthened", statuses);
        var links = await page.Locator(".lineage-steps li a").EvaluateAllAsync<string[]>("nodes => nodes.map(n => n.getAttribute('href'))");
        Assert.All(links, l => Assert.Matches(@"^/documents/[^#]+#\w+", l));
        // Each step says its meeting.
        var meetings = await page.Locator(".lineage-steps li[data-meeting]").EvaluateAllAsync<string[]>("nodes => nodes.map(n => n.dataset.meeting)");
        Assert.Equal(statuses.Length, meetings.Length);
        Assert.Contains(await page.Locator(".lineage-steps li h2").AllInnerTextsAsync(), h => h.StartsWith("Sixth Ministerial Conference of the Bali Process · ", StringComparison.Ordinal));
        await ScreenshotAsync(page, "lineage.png");
    }

    [Fact]
    public async Task Precedent_ShowsTheDiffAndTheAgreedWordingOfTheDraft()
    {
        var (context, page, _) = await browser.NewPageAsync();
        await using var _c = context;
        await page.GotoAsync("/precedent");
        await ReadyAsync(page, "precedent");

        await page.GetByLabel("Draft paragraph").FillAsync(
            "Ministers agreed to strengthen cooperation on the safe and voluntary return of migrants who are found not to be in need of international protection, and asked the Regional Support Office to report on progress.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Check precedent" }).ClickAsync();
        await page.WaitForSelectorAsync("li.precedent-hit");

        var first = page.Locator("li.precedent-hit").First;
        Assert.True(await first.Locator(".diff del").CountAsync() > 0);
        Assert.True(await first.Locator(".diff ins").CountAsync() > 0);
        Assert.Contains("international protection", await first.Locator(".draft-marked mark").First.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Matches(@"^\d+% alike in wording$", await first.Locator(".meta").InnerTextAsync());
        await ScreenshotAsync(page, "precedent.png");
    }

    [Fact]
    public async Task CopyCitation_PutsTheCitationOnTheClipboard()
    {
        var (context, page, _) = await browser.NewPageAsync();
        await using var _c = context;
        await page.GotoAsync("/?q=returns");
        await ReadyAsync(page, "search");
        var citation = await page.Locator("li.hit .citation cite").First.InnerTextAsync();

        await page.Locator("li.hit button.copy").First.ClickAsync();
        await page.WaitForSelectorAsync("#status:has-text('Citation copied')");

        Assert.Equal(citation, await page.EvaluateAsync<string>("navigator.clipboard.readText()"));
    }

    [Fact]
    public async Task NarrowScreen_HasNoSidewaysScroll_AndKeyboardAloneSearches()
    {
        var (context, page, _) = await browser.NewPageAsync(width: 390, height: 844);
        await using var _c = context;
        await page.GotoAsync("/");
        await ReadyAsync(page, "search");

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to content", await page.EvaluateAsync<string>("document.activeElement.textContent"));
        await page.Keyboard.PressAsync("Enter");
        for (var i = 0; i < 10 && await page.EvaluateAsync<string>("document.activeElement.id") != "q"; i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        Assert.Equal("q", await page.EvaluateAsync<string>("document.activeElement.id"));
        await page.Keyboard.TypeAsync("returns");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForSelectorAsync("li.hit");
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"));
        await ScreenshotAsync(page, "search-narrow.png");
    }

    [Fact]
    public async Task Conferences_AreListedByDate_WithTheirDocuments()
    {
        var (context, page, _) = await browser.NewPageAsync();
        await using var _c = context;
        await page.GotoAsync("/conferences");
        await ReadyAsync(page, "conferences");

        var names = await page.Locator(".timeline > li h2").AllInnerTextsAsync();
        Assert.Equal(6, names.Count);
        Assert.StartsWith("Third Ministerial Conference", names[0], StringComparison.Ordinal);
        Assert.StartsWith("Eighth Ministerial Conference", names[^1], StringComparison.Ordinal);
        Assert.True(await page.Locator(".timeline > li").Last.Locator("ul.docs li").CountAsync() >= 4);
        await ScreenshotAsync(page, "conferences.png");
    }

    [Fact]
    public async Task Changes_BetweenTwoConferences_ShowBothSidesAndMarkTheStrengthChange()
    {
        var (context, page, _) = await browser.NewPageAsync();
        await using var _c = context;
        await page.GotoAsync("/changes?from=7&to=8");
        await ReadyAsync(page, "changes");

        var changes = page.Locator("li.change");
        Assert.True(await changes.CountAsync() > 10);
        // A new undertaking has nothing on the earlier side; a strengthened one names both strengths.
        var first = changes.First;
        Assert.Equal("new", await first.Locator(".change-head .badge").InnerTextAsync());
        Assert.Contains("Not mentioned at: Seventh Ministerial Conference", await first.Locator(".change-side").First.InnerTextAsync(), StringComparison.Ordinal);
        var strengthened = page.Locator("li.change.status-strengthened").First;
        Assert.Matches(@"^ \w+ → \w+$", await strengthened.Locator(".strength-change").InnerTextAsync());
        Assert.Equal(2, await strengthened.Locator(".change-side a").CountAsync());
        await ScreenshotAsync(page, "changes-en.png", fullPage: false);

        await page.GetByLabel("Language", new() { Exact = true }).SelectOptionAsync("id");
        await page.GetByRole(AriaRole.Button, new() { Name = "Compare" }).ClickAsync();
        await page.WaitForURLAsync(LanguageInAddress());
        await page.WaitForSelectorAsync("li.change .change-side p[lang='id']");
        Assert.Equal(0, await page.Locator("li.change .change-side p[lang='en']").CountAsync());
    }

    [Theory]
    [InlineData("en", "resumed", "last mentioned before at: ")]
    [InlineData("id", "diangkat kembali", "terakhir disebut sebelumnya dalam: ")]
    public async Task Changes_AResumedUndertaking_ShowsTheStepItTakesUpAgain(string ui, string badge, string note)
    {
        var (context, page, _) = await browser.NewPageAsync();
        await using var _c = context;
        await page.GotoAsync($"/changes?from=7&to=8&ui={ui}&lang={ui}");
        await ReadyAsync(page, "changes");

        var resumed = page.Locator("li.change.status-resumed").First;
        Assert.Equal(badge, await resumed.Locator(".change-head .badge").InnerTextAsync());
        var earlier = resumed.Locator(".change-side").First;
        Assert.Contains(note, await earlier.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await earlier.Locator("a").CountAsync());
        Assert.Equal(1, await earlier.Locator($"p[lang='{ui}']").CountAsync());
        if (ui == "id")
        {
            await ScreenshotAsync(page, "changes-resumed-id.png", fullPage: false);
        }
    }

    [Fact]
    public async Task EveryView_RunsUnderTheContentSecurityPolicy_WithoutAViolation()
    {
        var (context, page, _) = await browser.NewPageAsync();
        await using var _c = context;
        // Injected by the browser itself, before the page's scripts, and not subject to the page's policy.
        await page.AddInitScriptAsync("window.violations = []; document.addEventListener('securitypolicyviolation', e => window.violations.push(e.violatedDirective + ' ' + e.blockedURI));");

        foreach (var (address, route) in new[] { ("/?q=returns%20reintegration", "search"), ("/documents/bpmc6-2016-declaration-en", "document"), ("/conferences", "conferences"), ("/commitments", "commitments"), ("/precedent", "precedent"), ("/add", "add"), ("/changes?from=7&to=8", "changes") })
        {
            var response = await page.GotoAsync(address);
            await ReadyAsync(page, route);

            Assert.Contains("script-src 'self'", response!.Headers["content-security-policy"], StringComparison.Ordinal);
            Assert.Equal("[]", await page.EvaluateAsync<string>("JSON.stringify(window.violations)"));
        }
    }

    [GeneratedRegex(@"q=")]
    private static partial Regex QueryInAddress();

    [GeneratedRegex(@"lang=id")]
    private static partial Regex LanguageInAddress();

    [GeneratedRegex(@"offset=10")]
    private static partial Regex OffsetInAddress();
}
