using Microsoft.Extensions.DependencyInjection;

namespace Archive.Core.Analysis;

public static class AnalysisServiceCollectionExtensions
{
    /// <summary>Registers the per-language analyzers and the bilingual glossary.</summary>
    public static IServiceCollection AddAnalysis(this IServiceCollection services)
    {
        services.AddSingleton<ArchiveAnalyzers>();
        services.AddSingleton<Glossary>();
        return services;
    }
}
