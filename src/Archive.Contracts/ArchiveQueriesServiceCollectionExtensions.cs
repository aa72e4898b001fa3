using Microsoft.Extensions.DependencyInjection;

namespace Archive.Contracts;

/// <summary>Registers the use cases every host calls (after <c>AddArchiveCore</c>, whose services they use).</summary>
public static class ArchiveQueriesServiceCollectionExtensions
{
    public static IServiceCollection AddArchiveQueries(this IServiceCollection services)
    {
        services.AddSingleton<SearchQueries>();
        services.AddSingleton<SearchBatchQueries>();
        services.AddSingleton<PrecedentQueries>();
        services.AddSingleton<DraftQueries>();
        services.AddSingleton<ChangeQueries>();
        services.AddSingleton<CommitmentQueries>();
        services.AddSingleton<DocumentQueries>();
        services.AddSingleton<ExportQueries>();
        return services;
    }
}
