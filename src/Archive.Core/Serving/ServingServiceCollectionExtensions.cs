using Archive.Core.Indexing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Archive.Core.Serving;

public static class ServingServiceCollectionExtensions
{
    /// <summary>Registers the configured index store (<c>Index:Path</c>) and <see cref="IndexServing"/>.</summary>
    public static IServiceCollection AddServing(this IServiceCollection services)
    {
        services.AddSingleton(sp => new IndexStore(sp.GetRequiredService<IOptions<IndexOptions>>().Value.Path));
        services.AddSingleton<IndexServing>();
        return services;
    }
}
