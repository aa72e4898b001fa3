using System.Globalization;
using Archive.Contracts;
using Archive.Core;
using Archive.Core.Extraction;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Archive.Cli.Hosting;

/// <summary>
/// Builds the Core services a command needs, with options taken from the command line, and the rest from the
/// environment as the API reads it (e.g. <c>Embeddings__Provider=none</c>, <c>Embeddings__Endpoint=...</c>).
/// </summary>
internal static class CoreServices
{
    public static ServiceProvider Build(double? fileTimeBudgetSeconds = null, double? maxFileMegabytes = null)
    {
        var settings = new Dictionary<string, string?>();
        if (fileTimeBudgetSeconds is double seconds)
        {
            settings["Extraction:FileTimeBudgetSeconds"] = seconds.ToString(CultureInfo.InvariantCulture);
        }

        if (maxFileMegabytes is double megabytes)
        {
            settings["Extraction:MaxFileBytes"] = ((long)(megabytes * 1024 * 1024)).ToString(CultureInfo.InvariantCulture);
        }

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddEnvironmentVariables().AddInMemoryCollection(settings).Build());
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddArchiveCore();
        services.AddArchiveQueries();
        services.AddOptions<ExtractionOptions>().PostConfigure(options =>
        {
            options.OcrCachePath = RepositoryDefaults.Resolve(options.OcrCachePath);
            options.ExtractionCachePath = RepositoryDefaults.Resolve(options.ExtractionCachePath);
        });
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }
}
