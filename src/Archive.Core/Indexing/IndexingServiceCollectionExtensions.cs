using Archive.Core.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Archive.Core.Indexing;

public static class IndexingServiceCollectionExtensions
{
    /// <summary>Registers the validated <c>Index</c> options, the index builder, the freshness check and the live generation.</summary>
    public static IServiceCollection AddIndexing(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddArchiveMetrics();
        services.AddOptions<IndexOptions>()
            .BindConfiguration("Index")
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<RecentSnapshots>();
        services.AddSingleton<IndexBuilder>();
        services.AddSingleton<IndexFreshness>();
        services.AddSingleton<LiveIndex>();
        return services;
    }
}
