using Archive.Core.Tests.Support;
using Archive.Testing;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig.Writer;

namespace Archive.Core.Tests.Extraction.Ocr;

/// <summary>A PDF with a text page and a scanned page keeps the text layer of the one and reads the other by OCR.</summary>
public sealed class MixedPdfTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Ocr_TextPageThenScannedPage_ReadsOnlyTheScannedPageByOcr()
    {
        var ct = TestContext.Current.CancellationToken;
        // Page 1 of the source PDF (text) and page 2 of its scan (image): paragraphs 1-4 and 5-9.
        var mixed = PdfMerger.Merge(
            [await File.ReadAllBytesAsync(ScannedFixtures.Source("en"), ct), await File.ReadAllBytesAsync(ScannedFixtures.Scan("en"), ct)],
            [[1], [2]]);
        var path = _folder.File("mixed.pdf");
        await File.WriteAllBytesAsync(path, mixed, ct);

        var (report, document) = await Services.Build(ocr: "on", ocrCachePath: _folder.File("cache")).GetRequiredService<Core.Ingestion.CorpusIngestor>().IngestFileAsync(path, ct);

        Assert.NotNull(document);
        Assert.Equal([2], document.OcrPages);
        Assert.Equal([2], report.OcrPages);
        Assert.All(document.Paragraphs.Where(p => p.Pages.SequenceEqual([1])), p => Assert.False(p.Ocr));
        Assert.All(document.Paragraphs.Where(p => p.Pages.SequenceEqual([2])), p => Assert.True(p.Ocr));
        Assert.Equal(["p1", "p2", "p3", "p4", "p5", "p6", "p7"], document.Paragraphs.Where(p => p.Number is not null).Take(7).Select(p => p.Anchor));
    }
}
