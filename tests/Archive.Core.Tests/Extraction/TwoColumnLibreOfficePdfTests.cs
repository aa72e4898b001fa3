using System.Text.Json;
using Archive.Core.Documents;
using Archive.Core.Tests.Support;

namespace Archive.Core.Tests.Extraction;

/// <summary>
/// A PDF from a real producer (LibreOffice, see Documents/_make_fixtures.py): two columns, automatic hyphenation,
/// typographic ligature characters, a footnote, running header and footer.
/// </summary>
public sealed class TwoColumnLibreOfficePdfTests : IAsyncLifetime
{
    private static readonly string Fixture = Path.Combine(AppContext.BaseDirectory, "Extraction", "Documents", "two-column-libreoffice.pdf");
    private readonly Dictionary<string, string> _expected = JsonSerializer.Deserialize<Dictionary<string, string>>(
        File.ReadAllText(Path.ChangeExtension(Fixture, ".expected.json")))!;

    private ArchiveDocument _document = null!;

    public async ValueTask InitializeAsync()
    {
        var (report, document) = await Services.Ingestor().IngestFileAsync(Fixture, TestContext.Current.CancellationToken);
        _document = document ?? throw new InvalidOperationException(report.Error);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Theory]
    [InlineData("u1")]
    [InlineData("p1")]
    [InlineData("p2")]
    [InlineData("p3")]
    [InlineData("p4")]
    [InlineData("p5")]
    [InlineData("p6")]
    public void Extract_EveryParagraph_MatchesTheTextThatWasSet(string anchor)
    {
        var paragraph = Assert.Single(_document.Paragraphs, p => p.Anchor == anchor);

        Assert.Equal(_expected[anchor], paragraph.Text);
    }

    [Fact]
    public void Extract_Ligatures_ComeOutAsPlainLetters()
    {
        var text = string.Join(' ', _document.Paragraphs.Select(p => p.Text));

        Assert.DoesNotContain(text, c => c is >= '\uFB00' and <= '\uFB06');
        Assert.Contains("effective", text, StringComparison.Ordinal);
        Assert.Contains("Office", text, StringComparison.Ordinal);
        Assert.Contains("financial flows", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_Footnote_IsKeptApart()
    {
        Assert.Contains(_document.Footnotes, f => f.Text.EndsWith(_expected["footnote"], StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_TwoColumns_AreReportedAndTheTitleRead()
    {
        Assert.Equal(_expected["title"], _document.Metadata.Title);
        Assert.Equal(7, _document.Paragraphs.Count);
        Assert.Contains(_document.Warnings, w => w.Contains("two columns", StringComparison.Ordinal));
    }
}
