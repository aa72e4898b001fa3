using Archive.Core.Indexing;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Core.Commitments;

public static class CommitmentsServiceCollectionExtensions
{
    /// <summary>Registers commitment extraction (rules from the data files), lineage linking, the per-generation catalogs and their warmer.</summary>
    public static IServiceCollection AddCommitments(this IServiceCollection services)
    {
        services.AddOptions<CommitmentOptions>().BindConfiguration("Commitments");
        services.AddSingleton<CommitmentRules>();
        services.AddSingleton<CommitmentExtractor>();
        services.AddSingleton<LexicalSimilarity>();
        services.AddSingleton<LineageLinker>();
        services.AddSingleton<CommitmentCatalogCache>();
        services.AddSingleton<IGenerationWarmer, CommitmentWarmer>();
        return services;
    }
}
