using Archive.Core.Analysis;
using Archive.Core.Embeddings;
using Archive.Core.Indexing;
using Archive.Core.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Archive.Core.Search;

public static class SearchServiceCollectionExtensions
{
    /// <summary>
    /// Registers the analyzers, the index (builder, freshness check, live generation), the embeddings and the
    /// searchers (<see cref="ArchiveSearch"/> for every mode, <see cref="ParagraphSearcher"/> for the lexical one).
    /// </summary>
    public static IServiceCollection AddSearch(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddArchiveMetrics();
        services.AddOptions<IndexOptions>()
            .BindConfiguration("Index")
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<ArchiveAnalyzers>();
        services.AddSingleton<Glossary>();
        services.AddSingleton<SearchQueryBuilder>();
        services.AddSingleton<IndexBuilder>();
        services.AddSingleton<IndexFreshness>();
        services.AddSingleton<LiveIndex>();
        services.AddEmbeddings();
        services.AddSingleton<ParagraphSearcher>();
        services.AddSingleton<ArchiveSearch>();
        return services;
    }
}
