using System.Xml.Linq;
using Archive.Core.Documents;
using Archive.Core.Export;
using Archive.Core.Tests.Support;

namespace Archive.Core.Tests.Export;

/// <summary>The translation memory of the sample corpus, and of a pair written for the test: one unit per aligned pair, filtered as search filters.</summary>
public sealed class TmxWriterTests(SampleCorpusFixture corpus) : IClassFixture<SampleCorpusFixture>
{
    private static readonly XNamespace Xml = XNamespace.Xml;

    private DocumentLibrary Library => corpus.Result.Library;

    /// <summary>The pairs as the test works them out: each English paragraph whose counterpart is Indonesian and points back.</summary>
    private IEnumerable<(ArchiveDocument Document, Paragraph English, Paragraph Indonesian)> Pairs =>
        from document in Library.Documents
        where document.Language == DocumentLanguage.English
        from paragraph in document.Paragraphs
        let counterpart = paragraph.CounterpartId is { } id ? Library.FindParagraph(id) : null
        where counterpart is ({ Language: DocumentLanguage.Indonesian }, { } indonesian) && counterpart.Value.Paragraph.CounterpartId == paragraph.Id
        select (document, paragraph, counterpart.Value.Paragraph);

    [Fact]
    public async Task WriteAsync_Unfiltered_WritesOneUnitPerAlignedPairEachOnce()
    {
        var (tmx, summary) = await WriteAsync(Library, new TranslationMemoryFilter());

        var units = Units(tmx);
        Assert.Equal(Pairs.Count(), summary.Units);
        Assert.Equal(summary.Units, units.Count);
        Assert.True(units.Count > 200, $"{units.Count} units");
        Assert.Equal(Pairs.Select(p => p.English.Id), units.Select(u => Prop(u, "x-paragraph-en")));
        Assert.Equal(units.Count, units.Select(u => Prop(u, "x-paragraph-id")).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task WriteAsync_EachUnit_HoldsBothTextsAndTheirIdsDateCitationsAndSampleFlag()
    {
        var (tmx, _) = await WriteAsync(Library, new TranslationMemoryFilter());

        var units = Units(tmx).ToDictionary(u => Prop(u, "x-paragraph-en")!, StringComparer.Ordinal);
        foreach (var (document, english, indonesian) in Pairs)
        {
            var unit = units[english.Id];
            var (indonesianDocument, _) = Library.FindParagraph(indonesian.Id)!.Value;
            Assert.Equal(english.Id, unit.Attribute("tuid")?.Value);
            Assert.Equal(["en", "id"], unit.Elements("tuv").Select(v => v.Attribute(Xml + "lang")?.Value));
            Assert.Equal(english.Text, Segment(unit, "en"));
            Assert.Equal(indonesian.Text, Segment(unit, "id"));
            Assert.Equal(document.Id, Prop(unit, "x-document-en"));
            Assert.Equal(indonesianDocument.Id, Prop(unit, "x-document-id"));
            Assert.Equal(indonesian.Id, Prop(unit, "x-paragraph-id"));
            Assert.Equal(document.Metadata.Date?.ToString(), Prop(unit, "x-date"));
            Assert.Equal(CitationFormatter.Paragraph(document, DocumentLanguage.English, english), Prop(unit, "x-citation-en"));
            Assert.Equal(CitationFormatter.Paragraph(indonesianDocument, DocumentLanguage.Indonesian, indonesian), Prop(unit, "x-citation-id"));
            Assert.Equal("true", Prop(unit, "x-sample"));
        }
    }

    [Fact]
    public async Task WriteAsync_Header_NamesTheToolParagraphSegmentsAndEnglishAsTheSource()
    {
        var (tmx, _) = await WriteAsync(Library, new TranslationMemoryFilter(Conference: 6));

        Assert.Equal("1.4", tmx.Root!.Attribute("version")?.Value);
        var header = tmx.Root.Element("header")!;
        Assert.Equal("Bali Process Archive", header.Attribute("creationtool")?.Value);
        Assert.False(string.IsNullOrEmpty(header.Attribute("creationtoolversion")?.Value));
        Assert.Equal("paragraph", header.Attribute("segtype")?.Value);
        Assert.Equal("Bali Process Archive", header.Attribute("o-tmf")?.Value);
        Assert.Equal("en", header.Attribute("adminlang")?.Value);
        Assert.Equal("en", header.Attribute("srclang")?.Value);
        Assert.Equal("plaintext", header.Attribute("datatype")?.Value);
    }

    [Theory]
    [InlineData("declaration", null, null, null, null)]
    [InlineData(null, 6, null, null, null)]
    [InlineData(null, null, 2016, null, null)]
    [InlineData(null, null, null, 2011, null)]
    [InlineData(null, null, 2011, 2016, true)]
    [InlineData(null, 8, 2020, 2023, null)]
    public async Task WriteAsync_Filtered_WritesThePairsOfTheMatchingDocumentsOnly(string? type, int? conference, int? from, int? to, bool? sample)
    {
        var filter = new TranslationMemoryFilter(DocumentTypes.TryParse(type, out var parsed) ? parsed : null, conference, from, to, sample);

        var (tmx, summary) = await WriteAsync(Library, filter);

        var expected = Pairs.Where(p => (type is null || p.Document.Metadata.Type.ToCode() == type)
            && (conference is null || p.Document.Metadata.Conference == conference)
            && (from is null || p.Document.Metadata.Date?.Year >= from)
            && (to is null || p.Document.Metadata.Date?.Year <= to)).Select(p => p.English.Id).ToList();
        Assert.NotEmpty(expected);
        Assert.True(expected.Count < Pairs.Count() || sample is not null, "the filter leaves something out");
        Assert.Equal(expected, Units(tmx).Select(u => Prop(u, "x-paragraph-en")));
        Assert.Equal(expected.Count, summary.Units);
    }

    [Fact]
    public async Task WriteAsync_NothingMatches_IsAValidMemoryWithAnEmptyBody()
    {
        var (tmx, summary) = await WriteAsync(Library, new TranslationMemoryFilter(Sample: false));

        Assert.Equal(0, summary.Units);
        Assert.Empty(tmx.Root!.Element("body")!.Elements());
        Assert.NotNull(tmx.Root.Element("header"));
    }

    [Fact]
    public async Task WriteAsync_MarkupCharacters_AreEscapedAndReadBackAsWritten()
    {
        var library = Pair(
            "Ministers noted that A & B <agreed> \"terms\" for returns.\n(a) first item;\r\n(b) second > first.",
            "Para Menteri mencatat bahwa A & B <menyepakati> \"ketentuan\" pemulangan.\n(a) butir pertama;\r\n(b) butir kedua > pertama.");
        using var output = new StringWriter();

        await TmxWriter.WriteAsync(output, library, new TranslationMemoryFilter(), TestContext.Current.CancellationToken);

        var text = output.ToString();
        Assert.Contains("A &amp; B &lt;agreed&gt; \"terms\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<agreed>", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<menyepakati>", text, StringComparison.Ordinal);
        var unit = Assert.Single(Units(XDocument.Parse(text, LoadOptions.PreserveWhitespace)));
        Assert.Equal(library.Documents[0].Paragraphs[0].Text, Segment(unit, "en"));
        Assert.Equal(library.Documents[1].Paragraphs[0].Text, Segment(unit, "id"));
    }

    [Fact]
    public async Task WriteAsync_IndonesianText_KeepsItsLettersAndItsCitationInIndonesian()
    {
        var library = Pair("Ministers welcomed the Co-Chairs' report.", "Para Menteri menyambut baik laporan Ketua Bersama — “tindak lanjut” ‘sukarela’ é.");

        var (tmx, _) = await WriteAsync(library, new TranslationMemoryFilter());

        var unit = Assert.Single(Units(tmx));
        Assert.Equal("Para Menteri menyambut baik laporan Ketua Bersama — “tindak lanjut” ‘sukarela’ é.", Segment(unit, "id"));
        Assert.Equal("Pernyataan Ketua Bersama (contoh ilustratif), Konferensi Tingkat Menteri Bali Process ke-6, Bali, 23 Maret 2016, paragraf 4", Prop(unit, "x-citation-id"));
        Assert.Equal("2016-03-23", Prop(unit, "x-date"));
    }

    [Fact]
    public async Task WriteAsync_Cancelled_Throws()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        using var output = new StringWriter();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => TmxWriter.WriteAsync(output, Library, new TranslationMemoryFilter(), cancelled.Token));
    }

    private static async Task<(XDocument Tmx, TmxExportSummary Summary)> WriteAsync(DocumentLibrary library, TranslationMemoryFilter filter)
    {
        using var output = new StringWriter();
        var summary = await TmxWriter.WriteAsync(output, library, filter, TestContext.Current.CancellationToken);
        return (XDocument.Parse(output.ToString(), LoadOptions.PreserveWhitespace), summary);
    }

    private static List<XElement> Units(XDocument tmx) => [.. tmx.Root!.Element("body")!.Elements("tu")];

    private static string? Prop(XElement unit, string type) =>
        unit.Elements("prop").SingleOrDefault(p => p.Attribute("type")?.Value == type)?.Value;

    private static string? Segment(XElement unit, string language) =>
        unit.Elements("tuv").Single(v => v.Attribute(Xml + "lang")?.Value == language).Element("seg")?.Value;

    /// <summary>A library of one English paragraph 4 and its Indonesian counterpart, in a sample statement of the Sixth Conference.</summary>
    private static DocumentLibrary Pair(string english, string indonesian)
    {
        var metadata = new DocumentMetadata(DocumentType.CoChairsStatement, "Test statement", null, 6, new PartialDate(2016, 3, 23), "Bali", Sample: true);
        ArchiveDocument Document(DocumentLanguage language, string text, string counterpart)
        {
            var code = language.ToCode();
            var paragraph = new Paragraph($"test-{code}/p4", "p4", "4", 1, null, null, [1], text,
                CitationFormatter.Paragraph(metadata, null, language, null, "4", 0), $"{counterpart}/p4");
            return new ArchiveDocument($"test-{code}", $"test-{code}.txt", "text", language, metadata, null, 1, "0", [paragraph], [], [], counterpart);
        }

        return new DocumentLibrary([Document(DocumentLanguage.English, english, "test-id"), Document(DocumentLanguage.Indonesian, indonesian, "test-en")]);
    }
}
