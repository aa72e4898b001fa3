using Archive.Core.Documents;
using Archive.Core.Ingestion;
using Archive.Core.Tests.Support;

namespace Archive.Core.Tests.Extraction;

/// <summary>
/// A PDF with the habits of real official documents, written word by word: a document symbol and a bar code above
/// the title, justified lines with wide gaps, a numbered section heading with invisible bookmark glyphs before it,
/// words hyphenated across lines, a footnote with its raised marker, a two-column page whose paragraph runs from
/// one column into the next, an annex whose numbering restarts, running heads and page numbers, and a last page
/// that is only a scan.
/// </summary>
public sealed class MessyPdfTests : IAsyncLifetime
{
    private readonly TempDirectory _folder = new();
    private FileReport _report = null!;
    private ArchiveDocument _document = null!;

    public async ValueTask InitializeAsync()
    {
        var path = _folder.File("messy.pdf");
        await File.WriteAllBytesAsync(path, Build(), TestContext.Current.CancellationToken);
        var (report, document) = await Services.Ingestor().IngestFileAsync(path, TestContext.Current.CancellationToken);
        _report = report;
        _document = document ?? throw new InvalidOperationException(report.Error);
    }

    public ValueTask DisposeAsync()
    {
        _folder.Dispose();
        return ValueTask.CompletedTask;
    }

    [Fact]
    public void Extract_SymbolAboveTitle_IsTheDocumentSymbolNotAParagraph()
    {
        Assert.Equal("BP/MC9/2025/1", _document.Symbol);
        Assert.DoesNotContain(_document.Paragraphs, p => p.Text.Contains("BP/MC9", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_BarCode_IsLeftOutWithAWarning()
    {
        Assert.DoesNotContain(_document.Paragraphs, p => p.Text.Contains("*BPMC9", StringComparison.Ordinal));
        Assert.Contains(_document.Warnings, w => w.Contains("bar code", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_JustifiedLinesWithWideGaps_KeepTheirWordOrder()
    {
        Assert.Equal("This statement was written only for the tests of the archive and is not an official text.", Paragraph("u1").Text);
    }

    [Fact]
    public void Extract_HyphenatedWords_AreJoinedAndRealHyphensKept()
    {
        Assert.Equal(
            "Ministers agreed to combat people smuggling and trafficking in persons through cross-border cooperation, "
            + "because people smuggling networks operate across the whole region.",
            Paragraph("p1").Text);
    }

    [Fact]
    public void Extract_NumberedSectionHeadingAfterInvisibleGlyphs_IsASectionNotAParagraph()
    {
        Assert.Equal("1. Scope", Paragraph("p1").Section);
        Assert.Equal("2. Commitments", Paragraph("p3").Section);
        Assert.DoesNotContain(_document.Paragraphs, p => p.Text == "Scope");
    }

    [Fact]
    public void Extract_Footnote_IsKeptApartAndItsMarkerRemoved()
    {
        Assert.Equal("Ministers tasked the Ad Hoc Group with a review of regional responses, to be reported at the next conference.", Paragraph("p2").Text);
        var note = Assert.Single(_document.Footnotes, f => f.Text.Contains("The Ad Hoc Group was set up for this kind of task.", StringComparison.Ordinal));
        Assert.Equal([note.Marker], Paragraph("p2").Footnotes);
        Assert.DoesNotContain(_document.Paragraphs, p => p.Text.Contains("set up for this kind", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_TwoColumnPage_ReadsLeftColumnThenRightAndJoinsTheParagraphBetweenThem()
    {
        Assert.Equal("Ministers committed to protect victims of trafficking and to support their recovery.", Paragraph("p3").Text);
        Assert.Equal("Ministers encouraged members to share information on smuggling networks through existing channels and to protect that information.", Paragraph("p4").Text);
        Assert.Equal("Ministers welcomed the Government and Business Forum.", Paragraph("p5").Text);
        Assert.Contains(_document.Warnings, w => w.Contains("pages 2 are set in two columns", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_Annex_RestartsNumberingUnderItsLetter()
    {
        Assert.Equal("Members will report on progress every two years.", Paragraph("A-p1").Text);
        Assert.Equal("The Regional Support Office will compile the reports.", Paragraph("A-p2").Text);
        Assert.Equal("A", Paragraph("A-p1").Attachment);
        Assert.DoesNotContain(_document.Warnings, w => w.Contains("restarts", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_RunningHeadsAndPageNumbers_AreNotInAnyParagraph()
    {
        Assert.All(_document.Paragraphs, p =>
        {
            Assert.DoesNotContain("Test statement | BPMC 9", p.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("Page ", p.Text, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Extract_ScannedPage_IsReportedAsNeedingOcr()
    {
        Assert.Equal(FileStatus.IngestedWithWarnings, _report.Status);
        Assert.Contains(_document.Warnings, w => w == "needs OCR: pages 4 are images only; their text is missing; OCR is off: set Extraction:Ocr to auto or on to read such pages");
        Assert.Equal(4, _document.PageCount);
    }

    [Fact]
    public void Extract_DocumentNotInCatalog_InfersItsMetadataFromTheTitle()
    {
        Assert.Equal(DocumentType.CoChairsStatement, _document.Metadata.Type);
        Assert.Equal(9, _document.Metadata.Conference);
        Assert.Equal(new PartialDate(2025, 5, 12), _document.Metadata.Date);
        Assert.Equal("Bali", _document.Metadata.Place);
        Assert.False(_document.Metadata.Sample);
        Assert.Equal("bpmc9-2025-cochairs-en", _document.Id);
        Assert.Equal(MetadataSource.Inferred, _report.MetadataSource);
        Assert.Contains(_document.Warnings, w => w.StartsWith("not in catalog.json: metadata inferred from the text", StringComparison.Ordinal));
    }

    private Paragraph Paragraph(string anchor) =>
        _document.Paragraphs.SingleOrDefault(p => p.Anchor == anchor)
        ?? throw new Xunit.Sdk.XunitException($"no paragraph {anchor}; have {string.Join(", ", _document.Paragraphs.Select(p => $"{p.Anchor}: {p.Text}"))}");

    private static byte[] Build()
    {
        const double pitch = 14;
        var pdf = new TestPdf();
        const double label = TestPdf.Left;
        const double body = TestPdf.Left + 28;

        var page = pdf.AddPage();
        pdf.Text(page, "BP/MC9/2025/1", TestPdf.Left, 805, size: 9);
        pdf.Text(page, "*BPMC92025001*", 380, 790, size: 10, mono: true);
        pdf.Centered(page, "Illustrative Co-Chairs' Statement", 745, size: 14, bold: true);
        pdf.Centered(page, "Ninth Ministerial Conference of the Bali Process", 727, size: 14, bold: true);
        pdf.Centered(page, "Bali, 12 May 2025", 705);
        pdf.Justified(page, "This statement was written only for", TestPdf.Left, TestPdf.Right, 670);
        pdf.Justified(page, "the tests of the archive and is", TestPdf.Left, TestPdf.Right, 670 - pitch);
        pdf.Text(page, "not an official text.", TestPdf.Left, 670 - (2 * pitch));
        // Bookmark text as Acrobat writes it before a heading: glyphs with no advance and no height, which no reader sees.
        pdf.Text(page, "0B", TestPdf.Left, 615, size: 0.01);
        pdf.Text(page, "1. Scope", TestPdf.Left, 615, bold: true);
        var y = 590.0;
        pdf.Text(page, "1.", label, y);
        foreach (var line in new[] { "Ministers agreed to combat people smug-", "gling and trafficking in persons through cross-", "border cooperation, because people smuggling networks" })
        {
            pdf.Justified(page, line, body, TestPdf.Right, y);
            y -= pitch;
        }

        pdf.Text(page, "operate across the whole region.", body, y);
        y -= 2 * pitch;
        pdf.Text(page, "2.", label, y);
        pdf.Text(page, "Ministers tasked the Ad Hoc Group", body, y);
        pdf.Text(page, "1", 287, y + 4, size: 7);
        pdf.Text(page, "with a review of regional", 293, y);
        pdf.Text(page, "responses, to be reported at the next conference.", body, y - pitch);
        pdf.Text(page, "1 The Ad Hoc Group was set up for this kind of task.", TestPdf.Left, 95, size: 8);
        pdf.Centered(page, "Page 1 of 4", 40, size: 9);

        page = pdf.AddPage();
        pdf.Text(page, "Test statement | BPMC 9", 400, 805, size: 9);
        pdf.Text(page, "2. Commitments", TestPdf.Left, 765, bold: true);
        const double leftLabel = TestPdf.Left;
        const double leftBody = TestPdf.Left + 20;
        const double leftEnd = 282;
        const double rightLabel = 313;
        const double rightBody = 333;
        pdf.Text(page, "3.", leftLabel, 735);
        pdf.Justified(page, "Ministers committed to protect", leftBody, leftEnd, 735);
        pdf.Justified(page, "victims of trafficking and to", leftBody, leftEnd, 721);
        pdf.Text(page, "support their recovery.", leftBody, 707);
        pdf.Text(page, "4.", leftLabel, 685);
        pdf.Justified(page, "Ministers encouraged members", leftBody, leftEnd, 685);
        pdf.Justified(page, "to share information on", leftBody, leftEnd, 671);
        pdf.Justified(page, "smuggling networks through", leftBody, leftEnd, 657);
        pdf.Justified(page, "existing channels and to", rightBody, TestPdf.Right, 735);
        pdf.Text(page, "protect that information.", rightBody, 721);
        pdf.Text(page, "5.", rightLabel, 685);
        pdf.Justified(page, "Ministers welcomed the", rightBody, TestPdf.Right, 685);
        pdf.Justified(page, "Government and Business", rightBody, TestPdf.Right, 671);
        pdf.Text(page, "Forum.", rightBody, 657);
        pdf.Centered(page, "Page 2 of 4", 40, size: 9);

        page = pdf.AddPage();
        pdf.Text(page, "Test statement | BPMC 9", 400, 805, size: 9);
        pdf.Text(page, "Annex A", TestPdf.Left, 765, bold: true);
        pdf.Text(page, "1.", label, 735);
        pdf.Text(page, "Members will report on progress every two years.", body, 735);
        pdf.Text(page, "2.", label, 713);
        pdf.Text(page, "The Regional Support Office will compile the reports.", body, 713);
        pdf.Centered(page, "Page 3 of 4", 40, size: 9);

        TestPdf.Scan(pdf.AddPage());
        return pdf.Build();
    }
}
