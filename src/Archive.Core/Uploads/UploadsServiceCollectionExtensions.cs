using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Archive.Core.Uploads;

public static class UploadsServiceCollectionExtensions
{
    /// <summary>Registers the corpus writer, its audit log and the recovery run at start; the host registers <c>CorpusOptions</c>.</summary>
    public static IServiceCollection AddUploads(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<AuditLog>();
        services.AddSingleton<CorpusTransaction>();
        services.AddSingleton<CorpusWriter>();
        services.AddSingleton<UploadRecovery>();
        return services;
    }
}
