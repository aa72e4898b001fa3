using Microsoft.Extensions.DependencyInjection;

namespace Archive.Core.FollowUp;

public static class FollowUpServiceCollectionExtensions
{
    /// <summary>Registers the follow-up register's store; the host resolves <see cref="FollowUpOptions.DataPath"/> and migrates at start.</summary>
    public static IServiceCollection AddFollowUp(this IServiceCollection services)
    {
        services.AddOptions<FollowUpOptions>().BindConfiguration("Archive").ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<FollowUpStore>();
        return services;
    }
}
