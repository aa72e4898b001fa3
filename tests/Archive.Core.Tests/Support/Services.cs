using System.Globalization;
using Archive.Core.Ingestion;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Core.Tests.Support;

/// <summary>The real Core services, configured as a test needs them.</summary>
internal static class Services
{
    /// <param name="embeddings">The embedding provider; none unless a test is about embeddings (they cost seconds).</param>
    /// <param name="quantize">Serve the paragraph vectors as 8-bit integers.</param>
    /// <param name="ocr">Extraction:Ocr; off unless a test is about OCR (a page costs seconds).</param>
    /// <param name="ocrCachePath">Where OCR results are kept; a fresh temporary folder unless given.</param>
    /// <param name="extraction">Further Extraction settings by name (e.g. TesseractPath).</param>
    /// <param name="learnLexicon">Index:LearnLexicon, whether builds learn the translation lexicon.</param>
    public static ServiceProvider Build(long? maxFileBytes = null, double? timeBudgetSeconds = null, string embeddings = "none", bool quantize = false,
        string ocr = "off", string? ocrCachePath = null, IReadOnlyDictionary<string, string>? extraction = null, bool learnLexicon = true)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Embeddings:Provider"] = embeddings,
            ["Embeddings:Quantize"] = quantize ? "true" : "false",
            ["Index:LearnLexicon"] = learnLexicon ? "true" : "false",
            ["Extraction:Ocr"] = ocr,
            ["Extraction:OcrCachePath"] = ocrCachePath ?? Path.Combine(Path.GetTempPath(), $"archive-test-ocr-{Guid.NewGuid():N}"),
            ["Extraction:ExtractionCachePath"] = Path.Combine(Path.GetTempPath(), $"archive-test-extraction-{Guid.NewGuid():N}"),
        };
        foreach (var (name, value) in extraction ?? new Dictionary<string, string>())
        {
            settings[$"Extraction:{name}"] = value;
        }

        if (maxFileBytes is long bytes)
        {
            settings["Extraction:MaxFileBytes"] = bytes.ToString(CultureInfo.InvariantCulture);
        }

        if (timeBudgetSeconds is double seconds)
        {
            settings["Extraction:FileTimeBudgetSeconds"] = seconds.ToString(CultureInfo.InvariantCulture);
        }

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging();
        services.AddArchiveCore();
        return services.BuildServiceProvider();
    }

    public static CorpusIngestor Ingestor(long? maxFileBytes = null, double? timeBudgetSeconds = null) =>
        Build(maxFileBytes, timeBudgetSeconds).GetRequiredService<CorpusIngestor>();
}
