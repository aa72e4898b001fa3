using Archive.Testing;
using Archive.Core.Ingestion;
using Archive.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Core.Tests.Extraction;

/// <summary>
/// Extraction results kept by file hash: an unchanged file is read back from the cache, a changed one is extracted
/// again, an entry that cannot be read is ignored, and the entries of another extractor build are removed.
/// </summary>
public sealed class ExtractionCacheTests : IDisposable
{
    private const string Marker = "Cachedministers";

    private readonly TempDirectory _folder = new();

    private string Cache => _folder.File("cache");

    [Fact]
    public async Task UnchangedFile_IsReadFromTheCache_AndAChangedFileIsExtractedAgain()
    {
        var pdf = CopySample();
        var first = await IngestAsync(pdf);
        var entry = Assert.Single(Directory.GetFiles(Cache, "*.json", SearchOption.AllDirectories));
        Assert.Equal(first.Sha256 + ".json", Path.GetFileName(entry));
        // Proof the next read comes from the entry: a word in it changed, as no extraction of the file would give.
        await File.WriteAllTextAsync(entry, (await File.ReadAllTextAsync(entry, TestContext.Current.CancellationToken)).Replace("Ministers", Marker, StringComparison.Ordinal),
            TestContext.Current.CancellationToken);

        var cached = await IngestAsync(pdf);
        await File.AppendAllTextAsync(pdf, "\n% a changed file\n", TestContext.Current.CancellationToken);
        var changed = await IngestAsync(pdf);

        Assert.Contains(cached.Paragraphs, p => p.Text.Contains(Marker, StringComparison.Ordinal));
        Assert.Equal(first.Paragraphs.Count, cached.Paragraphs.Count);
        Assert.DoesNotContain(changed.Paragraphs, p => p.Text.Contains(Marker, StringComparison.Ordinal));
        Assert.Equal(first.Paragraphs.Select(p => p.Text), changed.Paragraphs.Select(p => p.Text));
        Assert.Equal(2, Directory.GetFiles(Cache, "*.json", SearchOption.AllDirectories).Length);
    }

    [Fact]
    public async Task EntryThatCannotBeRead_IsExtractedAgain()
    {
        var pdf = CopySample();
        var first = await IngestAsync(pdf);
        var entry = Assert.Single(Directory.GetFiles(Cache, "*.json", SearchOption.AllDirectories));
        await File.WriteAllTextAsync(entry, "{ \"Format\": \"pdf\", \"Blocks\": [ {", TestContext.Current.CancellationToken);

        var again = await IngestAsync(pdf);

        Assert.Equal(first.Paragraphs.Select(p => p.Text), again.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public async Task EntriesOfAnotherExtractorBuild_AreRemovedWhenThisOneWrites()
    {
        var stale = Path.Combine(Cache, "0123456789ab-no-ocr-p2000", "ab");
        Directory.CreateDirectory(stale);
        await File.WriteAllTextAsync(Path.Combine(stale, "ab.json"), "{}", TestContext.Current.CancellationToken);

        await IngestAsync(CopySample());

        Assert.False(Directory.Exists(Path.GetDirectoryName(stale)));
        Assert.Single(Directory.GetDirectories(Cache));
    }

    public void Dispose() => _folder.Dispose();

    private string CopySample()
    {
        var path = _folder.File("bpmc6-2016-cochairs-en.pdf");
        File.Copy(Path.Combine(RepositoryRoot.Corpus, "bpmc6-2016-cochairs-en.pdf"), path, overwrite: true);
        return path;
    }

    /// <summary>The file ingested by a fresh set of services sharing the cache folder, as a restart or another build would.</summary>
    private async Task<Archive.Core.Documents.ArchiveDocument> IngestAsync(string path)
    {
        await using var services = Services.Build(extraction: new Dictionary<string, string> { ["ExtractionCachePath"] = Cache });
        var (report, document) = await services.GetRequiredService<CorpusIngestor>().IngestFileAsync(path, TestContext.Current.CancellationToken);
        Assert.True(document is not null, report.Error);
        return document;
    }
}
