using Archive.Core.Ingestion;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Archive.Api.Hosting;

/// <summary>Registers ingestion and the start-up load of the corpus the host serves.</summary>
internal static class CorpusExtensions
{
    public static WebApplicationBuilder AddCorpus(this WebApplicationBuilder builder)
    {
        builder.Services.AddIngestion();
        builder.Services.AddOptions<CorpusOptions>()
            .BindConfiguration("Corpus")
            .ValidateDataAnnotations()
            .PostConfigure<IHostEnvironment>((options, environment) =>
                options.Path = Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Path)))
            .Validate(options => Directory.Exists(options.Path), "Corpus:Path must name an existing folder")
            .ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddHostedService<CorpusLoader>();
        return builder;
    }
}
