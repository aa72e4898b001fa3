using System.ClientModel;
using System.ClientModel.Primitives;
using Archive.Core.Telemetry;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using OpenAI;
using Polly;
using Polly.CircuitBreaker;
using Polly.Registry;

namespace Archive.Core.Embeddings;

public static class EmbeddingServiceCollectionExtensions
{
    /// <summary>The HttpClient the OpenAI client sends through, with the standard resilience handler.</summary>
    public const string HttpClientName = "archive-embeddings";

    /// <summary>
    /// Registers the <c>Embeddings</c> options (validated at start), the configured provider as an
    /// <see cref="IEmbeddingGenerator{TInput, TEmbedding}"/> in Semantic Kernel's service collection (the bundled
    /// MiniLM model, or the OpenAI client against any compatible endpoint), its resilience, and the vector store.
    /// </summary>
    public static IServiceCollection AddEmbeddings(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddArchiveMetrics();
        services.AddOptions<EmbeddingOptions>()
            .BindConfiguration("Embeddings")
            .ValidateDataAnnotations()
            .ValidateOnStart();
        AddResilience(services);
        services.AddKernel();
        services.AddSingleton(Create);
        services.AddSingleton(sp => new EmbeddingService(
            sp.GetRequiredService<Kernel>().Services.GetRequiredService<GeneratorSlot>().Generator,
            sp.GetRequiredService<IOptions<EmbeddingOptions>>(),
            sp.GetRequiredService<ResiliencePipelineProvider<string>>(),
            sp.GetRequiredService<ArchiveMetrics>(),
            sp.GetRequiredService<ILogger<EmbeddingService>>()));
        services.AddSingleton<EnglishPivot>();
        services.AddSingleton<ParagraphVectorStore>();
        return services;
    }

    /// <summary>
    /// The endpoint's HttpClient gets the standard resilience handler: each attempt and the whole request limited to
    /// <see cref="EmbeddingOptions.TimeoutSeconds"/>, two retries of a transient failure (5xx, 429, connection refused)
    /// with exponential back-off and jitter, and a circuit breaker. Every provider's calls also go through the
    /// <see cref="EmbeddingService.PipelineName"/> circuit breaker, which also counts answers that are unusable
    /// (vectors of the wrong length): after a failure the provider is left alone for
    /// <see cref="EmbeddingOptions.RetrySeconds"/>.
    /// </summary>
    private static void AddResilience(IServiceCollection services)
    {
        services.AddHttpClient(HttpClientName)
            .ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan)
            .AddStandardResilienceHandler()
            .Configure((HttpStandardResilienceOptions http, IServiceProvider sp) =>
            {
                var options = sp.GetRequiredService<IOptions<EmbeddingOptions>>().Value;
                var timeout = TimeSpan.FromSeconds(options.TimeoutSeconds);
                http.TotalRequestTimeout.Timeout = timeout;
                http.AttemptTimeout.Timeout = timeout;
                http.Retry.MaxRetryAttempts = 2;
                http.Retry.UseJitter = true;
                http.Retry.BackoffType = DelayBackoffType.Exponential;
                // Small enough that the back-off of both retries fits within the time limit.
                http.Retry.Delay = TimeSpan.FromSeconds(Math.Min(0.5, options.TimeoutSeconds / 10));
                // Opened by a run of failures (one request and its retries), not by one 503 among many answers.
                http.CircuitBreaker.FailureRatio = 0.5;
                http.CircuitBreaker.MinimumThroughput = 3;
                http.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(Math.Max(30, 2 * options.TimeoutSeconds));
                http.CircuitBreaker.BreakDuration = TimeSpan.FromSeconds(options.RetrySeconds);
            });
        services.AddResiliencePipeline(EmbeddingService.PipelineName, (pipeline, context) =>
        {
            var options = context.ServiceProvider.GetRequiredService<IOptions<EmbeddingOptions>>().Value;
            pipeline.AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<EmbeddingUnavailableException>(),
                // The least the breaker allows: the second failure in a row opens it.
                MinimumThroughput = 2,
                FailureRatio = 0.5,
                SamplingDuration = TimeSpan.FromSeconds(Math.Max(30, 2 * options.RetrySeconds)),
                BreakDuration = TimeSpan.FromSeconds(options.RetrySeconds),
            });
        });
    }

    private static GeneratorSlot Create(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<EmbeddingOptions>>().Value;
        return new GeneratorSlot(options.Provider switch
        {
            EmbeddingProvider.MiniLm => new MiniLmEmbeddingGenerator(options.ModelCachePath ?? MiniLmModelFile.DefaultFolder),
            EmbeddingProvider.OpenAI => new OpenAIClient(
                    new ApiKeyCredential(string.IsNullOrEmpty(options.ApiKey) ? "unused" : options.ApiKey),
                    new OpenAIClientOptions
                    {
                        Endpoint = options.Endpoint,
                        Transport = new HttpClientPipelineTransport(services.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName)),
                        // Retries and time limits are the resilience handler's, not the client's own.
                        RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
                        NetworkTimeout = Timeout.InfiniteTimeSpan,
                    })
                .GetEmbeddingClient(options.Model)
                .AsIEmbeddingGenerator(options.Dimensions),
            _ => null,
        });
    }

    /// <summary>The configured generator, or none when embeddings are off (a service cannot be registered as null).</summary>
    private sealed record GeneratorSlot(IEmbeddingGenerator<string, Embedding<float>>? Generator) : IDisposable
    {
        public void Dispose() => Generator?.Dispose();
    }
}
