using Archive.Core.Documents;

namespace Archive.Core.Tests.Documents;

public sealed class CitationFormatterTests
{
    private static readonly DocumentMetadata Official = new(DocumentType.CoChairsStatement, "Co-Chairs' Statement", null, 7, new PartialDate(2018, 8, 7), "Nusa Dua, Bali", Sample: false);

    [Fact]
    public void Paragraph_English_CitesConferencePlaceDateAndNumber() =>
        Assert.Equal(
            "Co-Chairs' Statement, Seventh Ministerial Conference of the Bali Process, Nusa Dua, Bali, 7 August 2018, para. 12",
            CitationFormatter.Paragraph(Official, symbol: null, DocumentLanguage.English, null, "12", 0));

    [Fact]
    public void Paragraph_Indonesian_CitesInIndonesian() =>
        Assert.Equal(
            "Pernyataan Ketua Bersama, Konferensi Tingkat Menteri Bali Process ke-7, Nusa Dua, Bali, 7 Agustus 2018, Lampiran A, paragraf 3",
            CitationFormatter.Paragraph(Official, symbol: null, DocumentLanguage.Indonesian, "A", "3", 0));

    [Fact]
    public void Paragraph_Unnumbered_CitesItsOrdinal() =>
        Assert.EndsWith("unnumbered para. 2", CitationFormatter.Paragraph(Official, symbol: null, DocumentLanguage.English, null, null, 2), StringComparison.Ordinal);

    [Fact]
    public void Document_Sample_SaysItIsIllustrative()
    {
        var sample = Official with { Sample = true, ShortTitle = "Bali Declaration", Type = DocumentType.Declaration };

        Assert.StartsWith("Bali Declaration (illustrative sample), Seventh", CitationFormatter.Document(sample, symbol: null, DocumentLanguage.English), StringComparison.Ordinal);
        Assert.StartsWith("Bali Declaration (contoh ilustratif)", CitationFormatter.Document(sample, symbol: null, DocumentLanguage.Indonesian), StringComparison.Ordinal);
    }

    [Fact]
    public void Document_WhoseTitleEndsOnItsPlaceAndDate_DoesNotRepeatThem()
    {
        var uploaded = new DocumentMetadata(
            DocumentType.Other, "Statement of the Ad Hoc Group Senior Officials' Meeting, Bangkok, June 2020", null, null,
            new PartialDate(2020, 6, 10), "Bangkok", Sample: false, Issuer: "Ad Hoc Group");

        Assert.Equal(
            "Ad Hoc Group, Statement of the Ad Hoc Group Senior Officials' Meeting, Bangkok, June 2020",
            CitationFormatter.Document(uploaded, symbol: null, DocumentLanguage.English));
    }
}
