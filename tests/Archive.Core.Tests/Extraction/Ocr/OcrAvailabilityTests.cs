using Archive.Core.Extraction;
using Archive.Core.Ingestion;
using Archive.Core.Tests.Support;
using Archive.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Archive.Core.Tests.Extraction.Ocr;

/// <summary>
/// Without Tesseract, or with OCR off, a scanned file is refused as before and the report says how to have it read;
/// with OCR on, a missing Tesseract stops start-up.
/// </summary>
public sealed class OcrAvailabilityTests
{
    private static readonly Dictionary<string, string> MissingTesseract = new() { ["TesseractPath"] = "/nonexistent/bin/tesseract" };

    [Fact]
    public async Task Ingest_ScanWithTesseractMissing_IsRefusedSayingWhichPackagesToInstall()
    {
        var report = await IngestScanAsync(Services.Build(ocr: "auto", extraction: MissingTesseract));

        Assert.Equal(FileStatus.Failed, report.Status);
        Assert.Equal(ExtractionFailure.NeedsOcr, report.Failure);
        Assert.Equal(
            "needs OCR: no text layer, pages 1, 2 are images only; OCR is unavailable: tesseract was not found; install the apt packages "
            + "tesseract-ocr tesseract-ocr-eng tesseract-ocr-ind poppler-utils (or set Extraction:TesseractPath and Extraction:PdftoppmPath) to read such pages",
            report.Error);
    }

    [Fact]
    public async Task Ingest_ScanWithOcrOff_IsRefusedNamingTheSetting()
    {
        var report = await IngestScanAsync(Services.Build(ocr: "off"));

        Assert.Equal(ExtractionFailure.NeedsOcr, report.Failure);
        Assert.Equal("needs OCR: no text layer, pages 1, 2 are images only; OCR is off: set Extraction:Ocr to auto or on to read such pages", report.Error);
    }

    [Fact]
    public void StartUp_OcrOnWithTesseractMissing_FailsNamingTheSettingAndThePackages()
    {
        using var services = Services.Build(ocr: "on", extraction: MissingTesseract);

        var failure = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<ExtractionOptions>>().Value);

        var message = Assert.Single(failure.Failures);
        Assert.StartsWith("Extraction:Ocr is on, but tesseract (/nonexistent/bin/tesseract) was not found: install the apt packages tesseract-ocr tesseract-ocr-eng tesseract-ocr-ind poppler-utils", message, StringComparison.Ordinal);
    }

    private static async Task<FileReport> IngestScanAsync(ServiceProvider services)
    {
        using (services)
        {
            var (report, _) = await services.GetRequiredService<CorpusIngestor>().IngestFileAsync(ScannedFixtures.Scan("en"), TestContext.Current.CancellationToken);
            return report;
        }
    }
}
