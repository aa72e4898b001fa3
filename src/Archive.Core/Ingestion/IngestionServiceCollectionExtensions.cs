using Archive.Core.Extraction;
using Archive.Core.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Archive.Core.Ingestion;

public static class IngestionServiceCollectionExtensions
{
    /// <summary>Registers the extractors (PDF, HTML, text) and the corpus ingestor, with validated <see cref="ExtractionOptions"/>.</summary>
    public static IServiceCollection AddIngestion(this IServiceCollection services)
    {
        services.AddArchiveMetrics();
        services.AddOptions<ExtractionOptions>()
            .BindConfiguration("Extraction")
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IDocumentTextExtractor>(sp => new PdfTextExtractor(sp.GetRequiredService<IOptions<ExtractionOptions>>().Value));
        services.AddSingleton<IDocumentTextExtractor, HtmlTextExtractor>();
        services.AddSingleton<IDocumentTextExtractor, PlainTextExtractor>();
        services.AddSingleton<FileTextExtractor>();
        services.AddSingleton<CorpusIngestor>();
        return services;
    }
}
