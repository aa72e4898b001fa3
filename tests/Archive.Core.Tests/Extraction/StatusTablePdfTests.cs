using Archive.Core.Documents;
using Archive.Core.Ingestion;

namespace Archive.Core.Tests.Extraction;

/// <summary>
/// An audit-style report from LibreOffice (Documents/status-table.pdf): sub-sections numbered 1, 2 in plain type below
/// the paragraphs' own numbers, and after each recommendation a two-column status table (label and value), the first
/// ending its page so that the next numbered paragraph opens the next one.
/// </summary>
public sealed class StatusTablePdfTests : IAsyncLifetime
{
    private const string Name = "status-table";
    private readonly LayoutFixture.Expected _expected = LayoutFixture.Read(Name);
    private FileReport _report = null!;
    private ArchiveDocument _document = null!;

    public async ValueTask InitializeAsync() => (_report, _document) = await LayoutFixture.IngestAsync(Name);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public void Extract_NumberedParagraphs_AreExactlyTheOnesSet_NotTheSubSectionNumbers()
    {
        Assert.Equal(_expected.Paragraphs.Select(p => p.Number), _document.Paragraphs.Where(p => p.Number is not null).Select(p => p.Number));
    }

    [Fact]
    public void Extract_EveryNumberedParagraph_IsWholeWithTheTextSet_AndNoTableTextInIt()
    {
        Assert.All(_expected.Paragraphs, p => Assert.Equal(p.Text, LayoutFixture.Numbered(_document, p.Number).Text));
    }

    [Fact]
    public void Extract_ParagraphAfterATableThatEndsAPage_OpensItsOwnParagraphOnTheNextPage()
    {
        var first = _expected.Tables![0];
        var table = _document.Paragraphs.Single(p => p.Text.StartsWith(first[0], StringComparison.Ordinal));
        var next = _document.Paragraphs[_document.Paragraphs.ToList().IndexOf(table) + 1];

        Assert.Equal([1], table.Pages);
        Assert.Equal("4", next.Number);
        Assert.Equal([2], next.Pages);
    }

    [Fact]
    public void Extract_StatusTables_AreReadRowByRow_EachLabelBesideItsValue_NotAsTwoColumns()
    {
        Assert.All(_expected.Tables!, rows => Assert.Contains(_document.Paragraphs, p => p.Number is null && p.Text == string.Join(" ", rows)));
        Assert.DoesNotContain(_report.Warnings, w => w.Contains("two columns", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_Sections_AreTheHeadingsSet_IncludingSubSectionsNumberedInPlainType()
    {
        Assert.All(_expected.Paragraphs, p => Assert.Equal(p.Section, LayoutFixture.Numbered(_document, p.Number).Section));
    }

    [Fact]
    public void Extract_Title_StopsBeforeTheFirstLetteredHeading()
    {
        Assert.Equal(_expected.Title, _document.Metadata.Title);
    }
}
