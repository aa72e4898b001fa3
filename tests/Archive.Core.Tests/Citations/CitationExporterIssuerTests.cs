using System.Text.Json;
using Archive.Core.Citations;
using Archive.Core.Documents;

namespace Archive.Core.Tests.Citations;

/// <summary>Every format names the document's issuer as its author: the Bali Process for its own documents, any other body for the rest, none when unknown.</summary>
public sealed class CitationExporterIssuerTests
{
    private const string LetterTitle = "Letter dated 8 January 2025 addressed to the President of the Security Council";

    private static readonly DocumentMetadata Letter = new(
        DocumentType.Other, LetterTitle, null, null, new PartialDate(2025, 1, 10), "New York", Sample: false, Issuer: "Security Council");

    private static readonly DocumentMetadata Statement = new(
        DocumentType.CoChairsStatement, "Co-Chairs' Statement", null, 7, new PartialDate(2018, 8, 7), "Nusa Dua, Bali", Sample: false, Issuer: Issuers.BaliProcess);

    private static readonly Uri Permalink = new("https://archive.example/documents/un-letter-2025-en#p3");

    public static TheoryData<CitationFormat, DocumentLanguage> EveryFormat => new()
    {
        { CitationFormat.Text, DocumentLanguage.English },
        { CitationFormat.Text, DocumentLanguage.Indonesian },
        { CitationFormat.BibTex, DocumentLanguage.English },
        { CitationFormat.Ris, DocumentLanguage.English },
        { CitationFormat.CslJson, DocumentLanguage.English },
    };

    [Fact]
    public void Export_TextOfAnotherIssuer_LeadsWithIssuerThenTitleSymbolPlaceDateAndLocator() =>
        Assert.Equal(
            $"Security Council, {LetterTitle} (S/2025/22), New York, 10 January 2025, para. 3",
            Cite(CitationFormat.Text, Document(Letter, "S/2025/22"), DocumentLanguage.English));

    [Fact]
    public void Export_TextOfAnotherIssuer_InIndonesian_DatesAndLocatesInIndonesian() =>
        Assert.Equal(
            $"Security Council, {LetterTitle} (S/2025/22), New York, 10 Januari 2025, paragraf 3 (versi bahasa Inggris)",
            Cite(CitationFormat.Text, Document(Letter, "S/2025/22"), DocumentLanguage.Indonesian));

    [Fact]
    public void Export_BibTexOfAnotherIssuer_HasTheIssuerAsBodyAuthor_TheSymbolAndTheDate()
    {
        var bibtex = Cite(CitationFormat.BibTex, Document(Letter, "S/2025/22"), DocumentLanguage.English);

        Assert.Contains("  author = {{Security Council}},\n", bibtex, StringComparison.Ordinal);
        Assert.Contains("  number = {S/2025/22},\n", bibtex, StringComparison.Ordinal);
        Assert.Contains("  date = {2025-01-10},\n", bibtex, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_RisOfAnotherIssuer_HasTheIssuerAsAuthor_TheSymbolAsReportNumberAndTheDate()
    {
        var ris = Cite(CitationFormat.Ris, Document(Letter, "S/2025/22"), DocumentLanguage.English).Split("\r\n");

        Assert.Contains("AU  - Security Council", ris);
        Assert.Contains("SN  - S/2025/22", ris);
        Assert.Contains("DA  - 2025/01/10/", ris);
    }

    [Fact]
    public void Export_CslJsonOfAnotherIssuer_HasTheIssuerAsLiteralAuthor_TheSymbolAndTheDate()
    {
        var item = CslItem(Document(Letter, "S/2025/22"));

        Assert.Equal("Security Council", item.GetProperty("author").EnumerateArray().Single().GetProperty("literal").GetString());
        Assert.Equal("S/2025/22", item.GetProperty("number").GetString());
        Assert.Equal([2025, 1, 10], item.GetProperty("issued").GetProperty("date-parts")[0].EnumerateArray().Select(p => p.GetInt32()));
        Assert.False(item.TryGetProperty("event-title", out _));
    }

    [Theory]
    [MemberData(nameof(EveryFormat))]
    public void Export_AnotherIssuersDocument_NeverSaysBaliProcess(CitationFormat format, DocumentLanguage language) =>
        Assert.DoesNotContain("Bali Process", Cite(format, Document(Letter, "S/2025/22"), language), StringComparison.OrdinalIgnoreCase);

    [Theory]
    [MemberData(nameof(EveryFormat))]
    public void Export_AnotherIssuersDocumentWithAConferenceNumber_StaysTheIssuers(CitationFormat format, DocumentLanguage language)
    {
        // A conference number read from a mention in the text does not make the letter a Bali Process outcome.
        var citation = Cite(format, Document(Letter with { Conference = 8 }, "S/2025/22"), language);

        Assert.Contains("Security Council", citation, StringComparison.Ordinal);
        Assert.DoesNotContain("Bali Process", citation, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Export_SampleOfAnotherIssuer_SaysItIsIllustrativeWithoutNamingTheBaliProcess()
    {
        var sample = Document(Letter with { Sample = true }, "S/2025/22");

        Assert.Contains("(illustrative sample)", Cite(CitationFormat.Text, sample, DocumentLanguage.English), StringComparison.Ordinal);
        Assert.Contains("not an official text", Cite(CitationFormat.BibTex, sample, DocumentLanguage.English), StringComparison.Ordinal);
        Assert.DoesNotContain("Bali Process", Cite(CitationFormat.Ris, sample, DocumentLanguage.Indonesian), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Export_TextWithoutIssuer_StartsWithTheTitle() =>
        Assert.Equal(
            $"{LetterTitle}, New York, 10 January 2025, para. 3",
            Cite(CitationFormat.Text, Document(Letter with { Issuer = null }, symbol: null), DocumentLanguage.English));

    [Fact]
    public void Export_StructuredRecordsWithoutIssuer_HaveNoAuthor()
    {
        var document = Document(Letter with { Issuer = null }, "S/2025/22");

        Assert.DoesNotContain("author =", Cite(CitationFormat.BibTex, document, DocumentLanguage.English), StringComparison.Ordinal);
        Assert.DoesNotContain("\r\nAU  - ", Cite(CitationFormat.Ris, document, DocumentLanguage.English), StringComparison.Ordinal);
        Assert.False(CslItem(document).TryGetProperty("author", out _));
    }

    [Fact]
    public void Export_BaliProcessDocument_IsCitedAsBefore()
    {
        var document = Document(Statement, symbol: null);

        Assert.Equal(
            "Co-Chairs' Statement, Seventh Ministerial Conference of the Bali Process, Nusa Dua, Bali, 7 August 2018, para. 3",
            Cite(CitationFormat.Text, document, DocumentLanguage.English));
        Assert.Contains("  author = {{Seventh Ministerial Conference of the Bali Process}},\n", Cite(CitationFormat.BibTex, document, DocumentLanguage.English), StringComparison.Ordinal);
        Assert.Contains("AU  - Konferensi Tingkat Menteri Bali Process ke-7\r\n", Cite(CitationFormat.Ris, document, DocumentLanguage.Indonesian), StringComparison.Ordinal);
        Assert.Equal("Seventh Ministerial Conference of the Bali Process", CslItem(document).GetProperty("event-title").GetString());
    }

    [Fact]
    public void Export_BaliProcessDocumentOfNoConference_NamesTheBaliProcessAsAuthor()
    {
        var document = Document(Statement with { Conference = null }, symbol: null);

        Assert.Equal(
            "Bali Process on People Smuggling, Trafficking in Persons and Related Transnational Crime",
            CslItem(document).GetProperty("author")[0].GetProperty("literal").GetString());
        Assert.Equal("Co-Chairs' Statement, Nusa Dua, Bali, 7 August 2018, para. 3", Cite(CitationFormat.Text, document, DocumentLanguage.English));
    }

    private static string Cite(CitationFormat format, ArchiveDocument document, DocumentLanguage language) =>
        CitationExporter.Export(format, document, document.Paragraphs[0], language, Permalink);

    private static JsonElement CslItem(ArchiveDocument document)
    {
        using var json = JsonDocument.Parse(Cite(CitationFormat.CslJson, document, DocumentLanguage.English));
        return json.RootElement.EnumerateArray().Single().Clone();
    }

    private static ArchiveDocument Document(DocumentMetadata metadata, string? symbol)
    {
        var paragraph = new Paragraph("un-letter-2025-en/p3", "p3", "3", 3, null, null, [2], "Text.",
            CitationFormatter.Paragraph(metadata, symbol, DocumentLanguage.English, null, "3", 0));
        return new ArchiveDocument("un-letter-2025-en", "uploads/un-letter-2025-en.pdf", "pdf", DocumentLanguage.English, metadata, symbol, 2, "0", [paragraph], [], []);
    }
}
