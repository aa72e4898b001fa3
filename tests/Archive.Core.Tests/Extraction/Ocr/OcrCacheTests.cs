using Archive.Core.Indexing;
using Archive.Core.Tests.Support;
using Archive.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Core.Tests.Extraction.Ocr;

/// <summary>
/// A rebuild of the index reads no scanned page by OCR again: the second build takes every page from the OCR cache,
/// except an entry that does not parse, which is read afresh.
/// Tesseract runs behind a wrapper script that logs each call and hands it on to the real executable.
/// </summary>
public sealed class OcrCacheTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Rebuild_SameScannedFile_ReadsNoPageByOcrAgain()
    {
        var ct = TestContext.Current.CancellationToken;
        var (corpus, store) = Corpus("id");

        var first = await BuildAsync(corpus, store, ct);
        var pagesReadFirst = Recognitions();
        var second = await BuildAsync(corpus, store, ct);

        Assert.Equal(2, pagesReadFirst);
        Assert.Equal(pagesReadFirst, Recognitions());
        Assert.Equal(await ParagraphsAsync(first, ct), await ParagraphsAsync(second, ct));
    }

    [Fact]
    public async Task Rebuild_CacheEntryThatDoesNotParse_ReadsThatPageAgain()
    {
        var ct = TestContext.Current.CancellationToken;
        var (corpus, store) = Corpus("en");
        var first = await BuildAsync(corpus, store, ct);
        var entry = Directory.EnumerateFiles(_folder.File("ocr-cache"), "*-p2-*.hocr", SearchOption.AllDirectories).Single();
        await File.WriteAllTextAsync(entry, "<html><body>not hOCR", ct);

        var second = await BuildAsync(corpus, store, ct);

        Assert.Equal(3, Recognitions());
        Assert.Equal(await ParagraphsAsync(first, ct), await ParagraphsAsync(second, ct));
    }

    private string Log => _folder.File("tesseract.log");

    /// <summary>A corpus of the language's scan alone, and a fresh index for it.</summary>
    private (string Corpus, IndexStore Store) Corpus(string language)
    {
        var corpus = Directory.CreateDirectory(_folder.File("corpus")).FullName;
        File.Copy(ScannedFixtures.Scan(language), Path.Combine(corpus, "scan.pdf"));
        return (corpus, new IndexStore(_folder.File("index")));
    }

    private async Task<IndexBuildResult> BuildAsync(string corpus, IndexStore store, CancellationToken ct)
    {
        var tesseract = TesseractWrapper.Create(_folder.Path, $"echo \"$*\" >> '{Log}'");
        using var services = Services.Build(ocr: "auto", ocrCachePath: _folder.File("ocr-cache"), extraction: new Dictionary<string, string> { ["TesseractPath"] = tesseract });
        // Every file read again: a build that reads only changed files would not reach the OCR cache.
        return await services.GetRequiredService<IndexBuilder>().BuildAsync(corpus, store, null, ct, full: true);
    }

    private static async Task<List<(string Anchor, string Text, double? OcrConfidence)>> ParagraphsAsync(IndexBuildResult build, CancellationToken ct)
    {
        var library = await LibrarySnapshot.LoadAsync(build.Generation.LibraryPath, ct);
        return [.. library.Documents.Single().Paragraphs.Select(p => (p.Anchor, p.Text, p.OcrConfidence))];
    }

    private int Recognitions() => File.Exists(Log) ? File.ReadLines(Log).Count(l => l.Contains("hocr", StringComparison.Ordinal)) : 0;
}
