using Archive.Core.Indexing;
using Archive.Core.Telemetry;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Core.Search;

public static class SearchServiceCollectionExtensions
{
    /// <summary>
    /// Registers the query builder, the <see cref="QueryMeaning"/> the embedding model reads, the searchers
    /// (<see cref="ArchiveSearch"/> for every mode, <see cref="ParagraphSearcher"/> for the lexical one) and the
    /// <see cref="SearchWarmer"/>.
    /// </summary>
    public static IServiceCollection AddSearch(this IServiceCollection services)
    {
        services.AddArchiveMetrics();
        services.AddSingleton<SearchQueryBuilder>();
        services.AddSingleton<QueryMeaning>();
        services.AddSingleton<ParagraphSearcher>();
        services.AddSingleton<ArchiveSearch>();
        services.AddSingleton<SearchWarmer>();
        services.AddSingleton<IGenerationWarmer>(sp => sp.GetRequiredService<SearchWarmer>());
        return services;
    }
}
