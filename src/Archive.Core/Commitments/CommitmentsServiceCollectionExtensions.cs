using Microsoft.Extensions.DependencyInjection;

namespace Archive.Core.Commitments;

public static class CommitmentsServiceCollectionExtensions
{
    /// <summary>Registers commitment extraction (rules from the data files), lineage linking and the per-library catalogs.</summary>
    public static IServiceCollection AddCommitments(this IServiceCollection services)
    {
        services.AddOptions<CommitmentOptions>().BindConfiguration("Commitments");
        services.AddSingleton<CommitmentRules>();
        services.AddSingleton<CommitmentExtractor>();
        services.AddSingleton<LexicalSimilarity>();
        services.AddSingleton<LineageLinker>();
        services.AddSingleton<CommitmentCatalogCache>();
        return services;
    }
}
