using System.Text;
using Archive.Core.Extraction;

namespace Archive.Core.Tests.Extraction;

public sealed class HtmlTextExtractorTests
{
    private readonly HtmlTextExtractor _extractor = new();

    [Fact]
    public void Extract_OrderedLists_GetTheNumbersABrowserPrints()
    {
        const string html = """
            <html><body><main>
            <h1>Illustrative Statement</h1>
            <ol start="4"><li><p>Ministers agreed:</p><ol type="a"><li>to meet again;</li><li>to report.</li></ol></li>
            <li>Ministers thanked the hosts.</li></ol>
            </main></body></html>
            """;

        var blocks = Extract(html);

        Assert.Equal(
            ["Illustrative Statement", "4. Ministers agreed:", "(a) to meet again;", "(b) to report.", "5. Ministers thanked the hosts."],
            blocks.Select(b => b.Text));
        Assert.Equal(BlockStyle.Title, blocks[0].Style);
    }

    [Fact]
    public void Extract_PageChrome_IsLeftOut()
    {
        const string html = """
            <html><head><title>t</title><style>p { color: red }</style></head><body>
            <header>Site banner</header><nav>Home | About</nav>
            <main><p>Ministers met in Bali.</p></main>
            <footer>Copyright notice</footer><script>track();</script></body></html>
            """;

        Assert.Equal(["Ministers met in Bali."], Extract(html).Select(b => b.Text));
    }

    [Fact]
    public void Extract_InlineMarkupAndLineBreaks_JoinIntoOneParagraph()
    {
        const string html = "<body><p style=\"text-align: center\"><strong>Nusa Dua,</strong><br>Bali &amp; <em>23 March 2016</em></p><h2>I. Overview</h2></body>";

        var blocks = Extract(html);

        Assert.Equal(("Nusa Dua, Bali & 23 March 2016", BlockStyle.Centered), (blocks[0].Text, blocks[0].Style));
        Assert.Equal(("I. Overview", BlockStyle.Heading), (blocks[1].Text, blocks[1].Style));
    }

    [Fact]
    public void Extract_NumberInItsOwnElement_IsTheParagraphNumberApartFromTheText()
    {
        const string html = """
            <body><p><span class="num">1.</span>We reaffirm the Bali Declaration.</p>
            <p><b>2.</b>Ministers welcomed the <span style="display:inline-block">Regional</span><span style="display:inline-block">Support</span> Office.</p></body>
            """;

        Assert.Equal(["1. We reaffirm the Bali Declaration.", "2. Ministers welcomed the Regional Support Office."], Extract(html).Select(b => b.Text));
    }

    [Fact]
    public void Extract_InlineElementsInsideAWord_StayOneWord()
    {
        const string html = "<body><p>Co<em>operation</em> and <b>re</b>integration.</p></body>";

        Assert.Equal(["Cooperation and reintegration."], Extract(html).Select(b => b.Text));
    }

    private List<TextBlock> Extract(string html) =>
        [.. _extractor.Extract(Encoding.UTF8.GetBytes(html), TestContext.Current.CancellationToken).Blocks];
}
