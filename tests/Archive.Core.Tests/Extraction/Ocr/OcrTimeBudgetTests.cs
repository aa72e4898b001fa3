using Archive.Core.Extraction;
using Archive.Core.Ingestion;
using Archive.Core.Tests.Support;
using Archive.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Core.Tests.Extraction.Ocr;

/// <summary>A page whose OCR overruns its budget is stopped (the tool killed) and named in the report; the run goes on.</summary>
public sealed class OcrTimeBudgetTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Ingest_PageOverItsOcrBudget_IsStoppedAndReported()
    {
        // Recognition stalls for a minute; asking the version does not.
        var stalling = TesseractWrapper.Create(_folder.Path, "case \"$*\" in *hocr*) sleep 60 ;; esac");
        using var services = Services.Build(ocr: "on", ocrCachePath: _folder.File("cache"),
            extraction: new Dictionary<string, string> { ["TesseractPath"] = stalling, ["OcrPageTimeBudgetSeconds"] = "1" });

        var (report, _) = await services.GetRequiredService<CorpusIngestor>().IngestFileAsync(ScannedFixtures.Scan("en"), TestContext.Current.CancellationToken);

        Assert.Equal(ExtractionFailure.NeedsOcr, report.Failure);
        Assert.Equal(
            "needs OCR: no text layer, pages 1, 2 are images only; OCR of page 1 took longer than the budget of 1 s and was stopped (Extraction:OcrPageTimeBudgetSeconds); "
            + "OCR of page 2 took longer than the budget of 1 s and was stopped (Extraction:OcrPageTimeBudgetSeconds)",
            report.Error);
        Assert.False(Directory.Exists(_folder.File("cache")));
    }
}
