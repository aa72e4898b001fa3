using Microsoft.Extensions.DependencyInjection;

namespace Archive.Core.Translation;

public static class TranslationServiceCollectionExtensions
{
    /// <summary>Registers the <see cref="LexiconLearner"/>, which each index build runs over the aligned paragraphs.</summary>
    public static IServiceCollection AddTranslation(this IServiceCollection services)
    {
        services.AddSingleton<LexiconLearner>();
        return services;
    }
}
