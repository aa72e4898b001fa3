using Archive.Contracts;
using Archive.Core;
using Archive.Core.Extraction;
using Archive.Core.Indexing;
using Archive.Core.Ingestion;
using Archive.Core.Uploads;

namespace Archive.Api.Hosting;

/// <summary>
/// Registers ingestion and search, resolves the corpus, index and OCR cache folders against the content root, builds the
/// index at start when it is missing or stale, and watches for newer generations while serving.
/// </summary>
internal static class CorpusExtensions
{
    public static WebApplicationBuilder AddCorpus(this WebApplicationBuilder builder)
    {
        builder.Services.AddArchiveCore();
        builder.Services.AddArchiveQueries();
        builder.Services.AddUploads();
        builder.Services.AddOptions<CorpusOptions>()
            .BindConfiguration("Corpus")
            .ValidateDataAnnotations()
            .PostConfigure<IHostEnvironment>((options, environment) =>
                options.Path = Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Path)))
            .Validate(options => Directory.Exists(options.Path), "Corpus:Path must name an existing folder")
            .ValidateOnStart();
        builder.Services.AddOptions<IndexOptions>()
            .PostConfigure<IHostEnvironment>((options, environment) =>
                options.Path = Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Path)));
        builder.Services.AddOptions<ExtractionOptions>()
            .PostConfigure<IHostEnvironment>((options, environment) =>
            {
                options.OcrCachePath = Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.OcrCachePath));
                options.ExtractionCachePath = Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.ExtractionCachePath));
            });
        if (!OpenApiGeneration.IsRunning)
        {
            builder.Services.AddHostedService<IndexStartup>();
            builder.Services.AddHostedService<IndexRefresher>();
        }

        return builder;
    }
}
