using Archive.Core.Telemetry;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Core.Precedent;

public static class PrecedentServiceCollectionExtensions
{
    /// <summary>Registers the precedent checker (it uses the index and embeddings that <c>AddSearch</c> registers).</summary>
    public static IServiceCollection AddPrecedent(this IServiceCollection services)
    {
        services.AddArchiveMetrics();
        services.AddSingleton<PrecedentFinder>();
        return services;
    }
}
