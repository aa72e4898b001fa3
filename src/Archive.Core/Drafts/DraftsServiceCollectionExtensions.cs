using Microsoft.Extensions.DependencyInjection;

namespace Archive.Core.Drafts;

public static class DraftsServiceCollectionExtensions
{
    /// <summary>Whole drafts read and checked against agreed text (needs the precedent checker and the commitment rules).</summary>
    public static IServiceCollection AddDrafts(this IServiceCollection services)
    {
        services.AddSingleton<DraftReader>();
        services.AddSingleton<DraftReviewer>();
        return services;
    }
}
