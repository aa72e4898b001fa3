using Archive.Core.Documents;
using Archive.Core.Ingestion;
using Archive.Core.Tests.Support;
using Archive.Testing;

namespace Archive.Core.Tests.Ingestion;

/// <summary>Ingesting folders users put together: files missing from the catalog, odd catalogs, duplicates, mixed languages.</summary>
public sealed class CorpusIngestorTests : IDisposable
{
    private const string IndonesianStatement = """
        Pernyataan Ketua Bersama
        Konferensi Tingkat Menteri Bali Process ke-9
        Jakarta, 5 Juni 2025

        1. Para Menteri sepakat untuk memperkuat kerja sama dalam pemulangan dan reintegrasi yang aman dan bermartabat.
        2. Para Menteri menugaskan Kantor Dukungan Regional untuk menyusun panduan bagi para anggota.
        """;

    private const string EnglishStatement = """
        Co-Chairs' Statement
        Ninth Ministerial Conference of the Bali Process
        Jakarta, 5 June 2025

        1. Ministers agreed to strengthen cooperation on safe and dignified returns and reintegration.
        2. Ministers tasked the Regional Support Office with preparing guidance for members.
        """;

    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Ingest_UncataloguedTranslations_InfersMetadataAndPairsThem()
    {
        await WriteAsync("user/statement-en.txt", EnglishStatement);
        await WriteAsync("user/statement-id.txt", IndonesianStatement);

        var result = await IngestAsync();

        var indonesian = result.Library.FindDocument("bpmc9-2025-cochairs-id");
        Assert.NotNull(indonesian);
        Assert.Equal(DocumentLanguage.Indonesian, indonesian.Language);
        Assert.Equal("Jakarta", indonesian.Metadata.Place);
        Assert.Equal("bpmc9-2025-cochairs-en", indonesian.CounterpartId);
        Assert.Equal("bpmc9-2025-cochairs-en/p2", indonesian.Paragraphs[1].CounterpartId);
        Assert.Equal("user/statement-id.txt", indonesian.Source);
        Assert.All(result.Report.Files, f => Assert.Equal(MetadataSource.Inferred, f.MetadataSource));
    }

    [Fact]
    public async Task Ingest_SeniorOfficialsStatement_KeepsItsTitleAndJoinsNoConferenceItMentions()
    {
        await WriteAsync("som.txt", """
            Co-Chairs' Statement: Ad Hoc Group Senior Officials' Meeting, Bangkok, June 2020

            1. Senior officials met in Bangkok on 10 June 2020 and reviewed progress since the Seventh Ministerial Conference.
            2. Senior officials tasked the Regional Support Office to publish a guide on voluntary return.
            """);

        var document = Assert.Single((await IngestAsync()).Library.Documents);

        Assert.Equal("Co-Chairs' Statement: Ad Hoc Group Senior Officials' Meeting, Bangkok, June 2020", document.Metadata.Title);
        Assert.Null(document.Metadata.Conference);
        Assert.Equal("2020-06-10", document.Metadata.Date?.ToString());
    }

    [Fact]
    public async Task Ingest_TwoCopiesOfOneDocument_KeepsBothUnderDistinctIds()
    {
        await WriteAsync("a.txt", EnglishStatement);
        await WriteAsync("b.txt", EnglishStatement);

        var result = await IngestAsync();

        Assert.Equal(["bpmc9-2025-cochairs-en", "bpmc9-2025-cochairs-2-en"], result.Report.Files.Select(f => f.DocumentId));
        Assert.Contains(result.Report.Files[1].Warnings, w => w.Contains("another file already has the id bpmc9-2025-cochairs-en", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Ingest_MixedLanguageDocument_IsReported()
    {
        await WriteAsync("mixed.txt", EnglishStatement + "\n3. Para Menteri mendorong anggota untuk berbagi informasi tentang jaringan penyelundupan manusia di kawasan.\n4. Para Menteri mencatat kemajuan yang telah dicapai oleh para anggota dalam pelindungan korban.\n");

        var result = await IngestAsync();

        Assert.Contains(result.Report.Files[0].Warnings, w => w.StartsWith("mixed languages: 2 of 4 paragraphs do not read as", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Ingest_MalformedCatalog_IsReportedAndMetadataInferred()
    {
        await WriteAsync("catalog.json", "{ \"documents\": [ { \"file\": ");
        await WriteAsync("statement.txt", EnglishStatement);

        var result = await IngestAsync();

        Assert.Contains(result.Report.CorpusWarnings, w => w.StartsWith("catalog.json could not be read", StringComparison.Ordinal));
        Assert.Equal(9, Assert.Single(result.Library.Documents).Metadata.Conference);
    }

    [Fact]
    public async Task Ingest_CatalogListingAMissingFile_SaysSo()
    {
        await WriteAsync("catalog.json", """{ "documents": [ { "file": "gone.pdf", "language": "en", "type": "declaration", "sample": false } ] }""");
        await WriteAsync("statement.txt", EnglishStatement);

        var result = await IngestAsync();

        Assert.Contains("catalog.json lists gone.pdf, which is not in the corpus", result.Report.CorpusWarnings);
    }

    [Fact]
    public async Task Ingest_UnderscoreFoldersAndUnsupportedFiles_AreNotIngested()
    {
        await WriteAsync("_drafts/statement.txt", EnglishStatement);
        await WriteAsync("notes.odt", "binary");
        await WriteAsync("statement.md", EnglishStatement);

        var result = await IngestAsync();

        Assert.Equal(["statement.md"], result.Report.Files.Select(f => f.Path));
    }

    [Fact]
    public async Task Ingest_WordDocument_IsReadWithWordsOwnNumbering_AndADamagedOneIsReported()
    {
        new WordFile()
            .Styled("Title", "Co-Chairs' Statement")
            .Plain("Ninth Ministerial Conference of the Bali Process")
            .Plain("Jakarta, 5 June 2025")
            .Numbered(0, "Ministers agreed to strengthen cooperation on safe and dignified returns and reintegration.")
            .Numbered(0, "Ministers tasked the Regional Support Office with preparing guidance for members:")
            .Numbered(1, "on screening at the border; and")
            .Numbered(1, "on referral to protection.")
            .Save(_folder.File("statement.docx"));
        await WriteAsync("broken.docx", "binary");

        var result = await IngestAsync();

        var document = Assert.Single(result.Library.Documents);
        Assert.Equal("docx", result.Report.Files.Single(f => f.Path == "statement.docx").Format);
        Assert.Equal(9, document.Metadata.Conference);
        Assert.Equal(["1", "2"], document.Paragraphs.Select(p => p.Number));
        Assert.Contains("(b) on referral to protection.", document.Paragraphs[1].Text, StringComparison.Ordinal);
        var broken = result.Report.Files.Single(f => f.Path == "broken.docx");
        Assert.Equal((FileStatus.Failed, Archive.Core.Extraction.ExtractionFailure.Corrupt), (broken.Status, broken.Failure));
    }

    private async Task WriteAsync(string relativePath, string text)
    {
        var path = _folder.File(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllTextAsync(path, text, TestContext.Current.CancellationToken);
    }

    private Task<IngestResult> IngestAsync() =>
        Services.Ingestor().IngestAsync(_folder.Path, null, TestContext.Current.CancellationToken);
}
