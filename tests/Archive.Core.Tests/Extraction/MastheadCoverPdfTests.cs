using Archive.Core.Documents;
using Archive.Core.Ingestion;
using Archive.Core.Tests.Support;

namespace Archive.Core.Tests.Extraction;

/// <summary>
/// A UN-style cover laid out in LibreOffice (Documents/masthead-cover.pdf): "United Nations" and the symbol, the
/// organ in large bold with "Distr.: General" on its right, the date and "Original: English" at the right, the
/// session and agenda lines (with the agenda item's title) at the left, the title, "Report of the Secretary-General",
/// then numbered paragraphs. The cover is metadata, never paragraphs.
/// </summary>
public sealed class MastheadCoverPdfTests : IAsyncLifetime
{
    private const string Name = "masthead-cover";

    private readonly LayoutFixture.Expected _expected = LayoutFixture.Read(Name);
    private ArchiveDocument _document = null!;

    public async ValueTask InitializeAsync() => (_, _document) = await LayoutFixture.IngestAsync(Name);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public void Extract_Title_IsTheDocumentsNotTheMastheadAgendaItemOrAuthorLine()
    {
        Assert.Equal(_expected.Title, _document.Metadata.Title);
    }

    [Fact]
    public void Extract_Date_IsTheCoversDate()
    {
        Assert.True(PartialDate.TryParse(_expected.Date, out var date));
        Assert.Equal(date, _document.Metadata.Date);
    }

    [Fact]
    public void Extract_Issuer_IsTheOrganWithoutTheDistribution()
    {
        Assert.Equal(_expected.Issuer, _document.Metadata.Issuer);
    }

    [Fact]
    public void Extract_SymbolAndSession_AreRead()
    {
        Assert.Equal(_expected.Symbol, _document.Symbol);
        Assert.Equal(_expected.Session, _document.Metadata.Session);
    }

    [Fact]
    public void Extract_Cover_IsReportedAsReadFromTheCover()
    {
        var warning = Assert.Single(_document.Warnings, w => w.StartsWith("read from the cover: ", StringComparison.Ordinal));
        Assert.Contains($"title \"{_expected.Title}\"", warning, StringComparison.Ordinal);
        Assert.Contains($"issuer \"{_expected.Issuer}\"", warning, StringComparison.Ordinal);
        Assert.Contains($"symbol \"{_expected.Symbol}\"", warning, StringComparison.Ordinal);
        Assert.Contains($"session \"{_expected.Session}\"", warning, StringComparison.Ordinal);
        Assert.DoesNotContain("used instead", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_Paragraphs_AreTheNumberedOnesOnly_WithTheTextSet()
    {
        Assert.Equal(_expected.Paragraphs.Select(p => (p.Number, p.Text)), _document.Paragraphs.Select(p => (p.Number!, p.Text)));
    }

    [Fact]
    public void Extract_MastheadLines_AreInNoParagraph()
    {
        foreach (var line in new[] { "United Nations", "Distr.", "Original: English", "provisional agenda", _expected.AgendaTitle!, _expected.Author!, _expected.Symbol! })
        {
            Assert.DoesNotContain(_document.Paragraphs, p => p.Text.Contains(line, StringComparison.Ordinal) && !p.Text.StartsWith("This text is illustrative", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Ingest_WithCatalogEntry_TheEntrysTitleAndIssuerOverrideTheCover()
    {
        var entry = new CatalogEntry(Name + ".pdf", "en", "other", null, null, null, "Catalog title of the illustrative review", null, Sample: false,
            Issuer: "Illustrative Catalog Issuer");

        var (report, document) = await Services.Ingestor().IngestStagedAsync(LayoutFixture.PathOf(Name), Name + ".pdf", entry, TestContext.Current.CancellationToken);

        Assert.NotNull(document);
        Assert.Equal(MetadataSource.Catalog, report.MetadataSource);
        Assert.Equal("Catalog title of the illustrative review", document.Metadata.Title);
        Assert.Equal("Illustrative Catalog Issuer", document.Metadata.Issuer);
        // What the entry leaves out still comes from the cover.
        Assert.True(PartialDate.TryParse(_expected.Date, out var date));
        Assert.Equal(date, document.Metadata.Date);
        Assert.Equal(_expected.Symbol, document.Symbol);
        Assert.Contains(document.Warnings, w => w.StartsWith("read from the cover: ", StringComparison.Ordinal)
            && w.EndsWith("(title, issuer given, used instead)", StringComparison.Ordinal));
    }
}
