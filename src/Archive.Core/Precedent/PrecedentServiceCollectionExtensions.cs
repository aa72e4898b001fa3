using Archive.Core.Telemetry;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Core.Precedent;

public static class PrecedentServiceCollectionExtensions
{
    /// <summary>Registers the precedent checker (it uses the index, search and embeddings that <c>AddArchiveCore</c> composes).</summary>
    public static IServiceCollection AddPrecedent(this IServiceCollection services)
    {
        services.AddArchiveMetrics();
        services.AddSingleton<PrecedentFinder>();
        return services;
    }
}
