using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using OpenAI;

namespace Archive.Core.Embeddings;

public static class EmbeddingServiceCollectionExtensions
{
    /// <summary>
    /// Registers the <c>Embeddings</c> options (validated at start), the configured provider as an
    /// <see cref="IEmbeddingGenerator{TInput, TEmbedding}"/> in Semantic Kernel's service collection (the bundled
    /// MiniLM model, or the OpenAI client against any compatible endpoint), and the vector store.
    /// </summary>
    public static IServiceCollection AddEmbeddings(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<EmbeddingOptions>()
            .BindConfiguration("Embeddings")
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddKernel();
        services.AddSingleton(sp => Create(sp.GetRequiredService<IOptions<EmbeddingOptions>>().Value));
        services.AddSingleton(sp => new EmbeddingService(
            sp.GetRequiredService<Kernel>().Services.GetRequiredService<GeneratorSlot>().Generator,
            sp.GetRequiredService<IOptions<EmbeddingOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<EmbeddingService>>()));
        services.AddSingleton<EnglishPivot>();
        services.AddSingleton<ParagraphVectorStore>();
        return services;
    }

    private static GeneratorSlot Create(EmbeddingOptions options) => new(options.Provider switch
    {
        EmbeddingProvider.MiniLm => new MiniLmEmbeddingGenerator(),
        EmbeddingProvider.OpenAI => new OpenAIClient(
                new System.ClientModel.ApiKeyCredential(string.IsNullOrEmpty(options.ApiKey) ? "unused" : options.ApiKey),
                new OpenAIClientOptions { Endpoint = options.Endpoint, NetworkTimeout = TimeSpan.FromSeconds(options.TimeoutSeconds) })
            .GetEmbeddingClient(options.Model)
            .AsIEmbeddingGenerator(options.Dimensions),
        _ => null,
    });

    /// <summary>The configured generator, or none when embeddings are off (a service cannot be registered as null).</summary>
    private sealed record GeneratorSlot(IEmbeddingGenerator<string, Embedding<float>>? Generator) : IDisposable
    {
        public void Dispose() => Generator?.Dispose();
    }
}
