using Archive.Core.Extraction;
using Archive.Core.Extraction.Ocr;
using Archive.Core.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Archive.Core.Ingestion;

public static class IngestionServiceCollectionExtensions
{
    /// <summary>
    /// Registers the extractors (PDF with OCR, HTML, text) and the corpus ingestor, with validated
    /// <see cref="ExtractionOptions"/> (<c>Extraction:Ocr=on</c> without Tesseract fails start-up).
    /// </summary>
    public static IServiceCollection AddIngestion(this IServiceCollection services)
    {
        services.AddArchiveMetrics();
        services.AddOptions<ExtractionOptions>()
            .BindConfiguration("Extraction")
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<ExtractionOptions>, OcrOptionsValidation>();
        services.AddSingleton(sp => new OcrTools(sp.GetRequiredService<IOptions<ExtractionOptions>>().Value));
        services.AddSingleton<OcrPageReader>();
        services.AddSingleton<IDocumentTextExtractor>(sp => new PdfTextExtractor(
            sp.GetRequiredService<IOptions<ExtractionOptions>>().Value, sp.GetRequiredService<OcrPageReader>()));
        services.AddSingleton<IDocumentTextExtractor, HtmlTextExtractor>();
        services.AddSingleton<IDocumentTextExtractor, DocxTextExtractor>();
        services.AddSingleton<IDocumentTextExtractor, PlainTextExtractor>();
        services.AddSingleton(sp => new ExtractionCache(sp.GetRequiredService<IOptions<ExtractionOptions>>().Value, sp.GetRequiredService<OcrTools>()));
        services.AddSingleton<FileTextExtractor>();
        services.AddSingleton<CorpusIngestor>();
        return services;
    }
}
