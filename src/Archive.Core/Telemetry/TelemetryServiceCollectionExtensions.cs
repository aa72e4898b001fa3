using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Archive.Core.Telemetry;

public static class TelemetryServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ArchiveMetrics"/> on the host's <see cref="System.Diagnostics.Metrics.IMeterFactory"/>.
    /// Each capability that records calls it; calling it again does nothing.
    /// </summary>
    public static IServiceCollection AddArchiveMetrics(this IServiceCollection services)
    {
        services.AddMetrics();
        services.TryAddSingleton<ArchiveMetrics>();
        return services;
    }
}
