using System.Text;
using Archive.Core.Extraction;

namespace Archive.Core.Tests.Extraction;

/// <summary>
/// Statements saved from ministry and ASEAN web sites (File > Save page as HTML): the statement's paragraphs come out
/// whole, numbered and in order, without the menus, breadcrumbs, share bars, cookie banners, news lists and footers
/// around them; the title, date and site come from the page; notes are kept apart from the text citing them.
/// </summary>
public sealed class SavedWebPageTests(SavedWebPageFixture pages) : IClassFixture<SavedWebPageFixture>
{
    private readonly HtmlTextExtractor _extractor = new();

    public static TheoryData<string> Pages => SavedWebPageFixture.Names;

    [Theory]
    [MemberData(nameof(Pages))]
    public void Ingest_SavedPage_GivesTheStatementsParagraphsWholeAndInOrder(string page)
    {
        Assert.Equal(
            pages.Expected(page).Paragraphs.Select(p => (p.Anchor, p.Text)),
            pages.Document(page).Paragraphs.Select(p => (p.Anchor, p.Text)));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Ingest_SavedPage_KeepsNoChromeInAnyParagraph(string page)
    {
        var paragraphs = pages.Document(page).Paragraphs;

        Assert.All(pages.Expected(page).Chrome, chrome =>
            Assert.DoesNotContain(paragraphs, p => p.Text.Contains(chrome, StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Ingest_SavedPage_TakesTitleDateAndIssuerFromThePage(string page)
    {
        var expected = pages.Expected(page);
        var metadata = pages.Document(page).Metadata;

        Assert.Equal((expected.Title, expected.Date, expected.Issuer), (metadata.Title, metadata.Date?.ToString(), metadata.Issuer));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Ingest_SavedPage_KeepsFootnotesApartFromTheTextCitingThem(string page)
    {
        var expected = pages.Expected(page);
        var document = pages.Document(page);

        Assert.Equal(expected.Footnotes.Select(n => (n.Marker, n.Text, (int?)null)), document.Footnotes.Select(n => (n.Marker, n.Text, n.Page)));
        Assert.Equal(
            expected.NoteRefs.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => (r.Key, string.Join(",", r.Value))),
            document.Paragraphs.Where(p => p.Footnotes is { Count: > 0 }).Select(p => (p.Anchor, string.Join(",", p.Footnotes!))).OrderBy(r => r.Anchor, StringComparer.Ordinal));
    }

    [Fact]
    public void Extract_WordFootnotes_AreNotesAndTheirMarksLeaveTheText()
    {
        const string html = """
            <html><body><div class=WordSection1>
            <p class=MsoNormal>1. Ministers met in Bali.<a href="#_ftn1" name="_ftnref1"><span class=MsoFootnoteReference>[1]</span></a> They agreed to meet again.</p>
            </div>
            <div style='mso-element:footnote-list'><br clear=all><hr align=left size=1 width="33%">
            <div style='mso-element:footnote' id=ftn1><p class=MsoFootnoteText><a href="#_ftnref1" name="_ftn1"><span class=MsoFootnoteReference>[1]</span></a> The first conference was held in 2002.</p></div>
            </div></body></html>
            """;

        var extracted = Extract(html);

        Assert.Equal([("1. Ministers met in Bali. They agreed to meet again.", "1")], extracted.Blocks.Select(b => (b.Text, string.Join(",", b.NoteRefs))));
        Assert.Equal([("1", "The first conference was held in 2002.")], extracted.Footnotes.Select(n => (n.Marker, n.Text)));
    }

    [Fact]
    public void Extract_HiddenElements_AreLeftOut()
    {
        const string html = """
            <body><main><h1>Statement</h1>
            <p>1. Ministers met in Bali.<span class="sr-only"> (opens in a new window)</span></p>
            <p style="display: none">Subscribe to our newsletter.</p><p hidden>Loading comments.</p>
            <div aria-hidden="true">Back to top</div><p>2. Ministers agreed to meet again.</p></main></body>
            """;

        Assert.Equal(["Statement", "1. Ministers met in Bali.", "2. Ministers agreed to meet again."], Extract(html).Blocks.Select(b => b.Text));
    }

    [Fact]
    public void Extract_PageHiddenBehindAnOpenDialog_IsStillRead()
    {
        const string html = """
            <body><div id="wrapper" aria-hidden="true"><main><h1>Statement</h1>
            <p>1. Ministers met in Bali and reviewed the cooperation of the region against people smuggling.</p></main></div>
            <div role="dialog" aria-modal="true"><p>Subscribe to our newsletter for the latest news.</p></div></body>
            """;

        Assert.Equal(["Statement", "1. Ministers met in Bali and reviewed the cooperation of the region against people smuggling."], Extract(html).Blocks.Select(b => b.Text));
    }

    [Fact]
    public void Extract_LinkedItemsTheTextLeadsInto_StayInTheStatement()
    {
        const string html = """
            <body><main><h1>Statement</h1>
            <p>1. Ministers recalled the instruments that guide the cooperation of the region:</p>
            <ul><li><a href="/bali-declaration">the Bali Declaration</a>;</li><li><a href="/rcf">the Regional Cooperation Framework</a>;</li>
            <li><a href="/strategy">the Cooperation Strategy</a>.</li></ul>
            <h2>Related links</h2><ul><li><a href="/news">News</a></li><li><a href="/contact">Contact</a></li><li><a href="/about">About</a></li></ul>
            </main></body>
            """;

        Assert.Equal(
            ["Statement", "1. Ministers recalled the instruments that guide the cooperation of the region:", "the Bali Declaration;",
                "the Regional Cooperation Framework;", "the Cooperation Strategy."],
            Extract(html).Blocks.Select(b => b.Text));
    }

    [Fact]
    public void Extract_ParagraphsSetWithLineBreaks_AreBlocksOfTheirOwn()
    {
        const string html = """
            <body><div class="isi"><h1>Pernyataan Bersama</h1>
            Jakarta, 5 Mei 2024<br><br>
            1. Para menteri menegaskan kembali pentingnya kerja sama
               kawasan.<br><br>2. Para menteri sepakat:<br>(a) bertukar informasi;<br>(b) bertemu lagi.
            </div></body>
            """;

        var extracted = Extract(html);

        Assert.Equal(
            ["Pernyataan Bersama", "Jakarta, 5 Mei 2024", "1. Para menteri menegaskan kembali pentingnya kerja sama kawasan.",
                "2. Para menteri sepakat:", "(a) bertukar informasi;", "(b) bertemu lagi."],
            extracted.Blocks.Select(b => b.Text));
        Assert.Equal("2024-05-05", extracted.Cover?.Date?.ToString());
    }

    [Fact]
    public void Extract_PreformattedText_JoinsItsLinesAndSplitsAtBlankLines()
    {
        const string html = "<body><pre>1. Ministers met\nin Bali.\n\n2. They agreed to meet again.</pre></body>";

        Assert.Equal(["1. Ministers met in Bali.", "2. They agreed to meet again."], Extract(html).Blocks.Select(b => b.Text));
    }

    [Fact]
    public void Extract_CookieNoticeWithOnlyAButton_IsLeftOut()
    {
        const string html = """
            <body><div class="a"><h1>Statement</h1><p>1. Ministers met in Bali and reviewed the cooperation of the region.</p>
            <p>2. Ministers agreed to meet again in two years, in a place to be decided.</p>
            <div class="b"><p>We use cookies to improve your experience.</p><button>Got it</button></div></div></body>
            """;

        Assert.DoesNotContain(Extract(html).Blocks, b => b.Text.Contains("cookies", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_PageWithoutHeading_TakesTheTitleFromItsHeadWithoutTheSiteName()
    {
        const string html = """
            <html><head><title>Joint Statement on Regional Cooperation | Ministry of Foreign Affairs</title></head>
            <body><p>1. Ministers met in Bali.</p></body></html>
            """;

        Assert.Equal("Joint Statement on Regional Cooperation", Extract(html).Cover?.Title);
    }

    [Fact]
    public void Extract_PublicationLine_IsTheDateAndNoBlock()
    {
        const string html = """
            <body><h1>Siaran Pers</h1><div class="info">Diterbitkan: Senin, 3 Maret 2025 09:00 WIB</div>
            <p>1. Para menteri bertemu di Bali.</p></body>
            """;

        var extracted = Extract(html);

        Assert.Equal("2025-03-03", extracted.Cover?.Date?.ToString());
        Assert.Equal(["Siaran Pers", "1. Para menteri bertemu di Bali."], extracted.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void Extract_StatementsOwnDateline_StaysInItsTitleBlock()
    {
        const string html = """
            <body><main><h1>Co-Chairs' Statement</h1><p>Nusa Dua, Bali, 23 March 2016</p><p>1. Ministers met in Bali.</p></main></body>
            """;

        var extracted = Extract(html);

        Assert.Equal("2016-03-23", extracted.Cover?.Date?.ToString());
        Assert.Equal(["Co-Chairs' Statement", "Nusa Dua, Bali, 23 March 2016", "1. Ministers met in Bali."], extracted.Blocks.Select(b => b.Text));
    }

    private ExtractedText Extract(string html) => _extractor.Extract(Encoding.UTF8.GetBytes(html), TestContext.Current.CancellationToken);
}
