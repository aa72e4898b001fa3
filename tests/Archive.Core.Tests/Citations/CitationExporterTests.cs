using Archive.Core.Citations;
using Archive.Core.Documents;

namespace Archive.Core.Tests.Citations;

public sealed class CitationExporterTests
{
    private static readonly DocumentMetadata Metadata = new(DocumentType.CoChairsStatement, "Co-Chairs' Statement", null, 7, new PartialDate(2018, 8, 7), "Nusa Dua, Bali", Sample: false);

    private static readonly Uri Permalink = new("https://archive.example/documents/bpmc7-2018-cochairs-en#u1");

    [Theory]
    [InlineData(CitationFormat.Text)]
    [InlineData(CitationFormat.BibTex)]
    [InlineData(CitationFormat.Ris)]
    [InlineData(CitationFormat.CslJson)]
    public void Export_UnnumberedParagraphAfterNumberedOnes_CitesItsPlaceAmongUnnumberedParagraphs(CitationFormat format)
    {
        // Third paragraph of the document, first without a number: anchor u1.
        var document = Document(Paragraph("p1", "1", 1), Paragraph("p2", "2", 2), Paragraph("u1", null, 3));

        var citation = CitationExporter.Export(format, document, document.Paragraphs[2], DocumentLanguage.English, Permalink);

        Assert.Contains("unnumbered para. 1", citation, StringComparison.Ordinal);
        Assert.DoesNotContain("unnumbered para. 3", citation, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_Text_InTheDocumentsLanguage_IsTheParagraphsOwnCitation()
    {
        var document = Document(Paragraph("p1", "1", 1), Paragraph("A-u1", null, 2, "A"));

        Assert.Equal(document.Paragraphs[1].Citation, CitationExporter.Export(CitationFormat.Text, document, document.Paragraphs[1], DocumentLanguage.English, Permalink));
    }

    [Theory]
    [InlineData(CitationFormat.BibTex, DocumentLanguage.English, "Text read by OCR from a scanned copy (mean word confidence 0.94)")]
    [InlineData(CitationFormat.Ris, DocumentLanguage.English, "Text read by OCR from a scanned copy (mean word confidence 0.94)")]
    [InlineData(CitationFormat.CslJson, DocumentLanguage.Indonesian, "Teks dibaca dengan OCR dari salinan pindaian (rata-rata keyakinan kata 0,94)")]
    public void Export_ParagraphReadByOcr_SaysSoInTheNoteWithItsConfidence(CitationFormat format, DocumentLanguage language, string note)
    {
        var document = Document(Paragraph("p1", "1", 1) with { OcrConfidence = 0.938 });

        var citation = CitationExporter.Export(format, document, document.Paragraphs[0], language, Permalink);

        Assert.Contains(note, citation, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_TextLayerParagraph_SaysNothingOfOcr()
    {
        var document = Document(Paragraph("p1", "1", 1));

        Assert.DoesNotContain("OCR", CitationExporter.Export(CitationFormat.BibTex, document, document.Paragraphs[0], DocumentLanguage.English, Permalink), StringComparison.Ordinal);
    }

    private static Paragraph Paragraph(string anchor, string? number, int ordinal, string? attachment = null) => new(
        $"bpmc7-2018-cochairs-en/{anchor}", anchor, number, ordinal, null, attachment, [1], "Text.",
        CitationFormatter.Paragraph(Metadata, symbol: null, DocumentLanguage.English, attachment, number, number is null ? 1 : 0));

    private static ArchiveDocument Document(params Paragraph[] paragraphs) => new(
        "bpmc7-2018-cochairs-en", "bpmc7-2018-cochairs-en.pdf", "pdf", DocumentLanguage.English, Metadata, null, 1, "0", paragraphs, [], []);
}
