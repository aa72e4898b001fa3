using Archive.Core.Documents;
using Archive.Core.Tests.Support;
using Archive.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Core.Tests.Extraction.Ocr;

/// <summary>
/// The scanned fixtures (English and Indonesian) read once by the real Tesseract, and the text-layer extraction of
/// the pages they were made from, for the tests to compare. OCR costs seconds a page: every test shares these.
/// </summary>
public sealed class ScannedPdfFixture : IAsyncLifetime
{
    private readonly TempDirectory _cache = new();

    public Dictionary<string, ArchiveDocument> Scanned { get; } = [];

    public Dictionary<string, ArchiveDocument> TextLayer { get; } = [];

    public async ValueTask InitializeAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        var ingestor = Services.Build(ocr: "on", ocrCachePath: _cache.Path).GetRequiredService<Core.Ingestion.CorpusIngestor>();
        foreach (var language in ScannedFixtures.Languages)
        {
            var (scanReport, scan) = await ingestor.IngestFileAsync(ScannedFixtures.Scan(language), ct);
            Scanned[language] = scan ?? throw new InvalidOperationException(scanReport.Error);
            var (sourceReport, source) = await ingestor.IngestFileAsync(ScannedFixtures.Source(language), ct);
            TextLayer[language] = source ?? throw new InvalidOperationException(sourceReport.Error);
        }
    }

    public ValueTask DisposeAsync()
    {
        _cache.Dispose();
        return ValueTask.CompletedTask;
    }
}
