using System.ClientModel;
using System.Diagnostics;
using System.Numerics.Tensors;
using Archive.Core.Telemetry;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;
using Polly.Registry;
using Polly.Timeout;

namespace Archive.Core.Embeddings;

/// <summary>
/// The configured embedding provider, with its health. The retries, time limits and back-off are the resilience
/// library's: the OpenAI-compatible endpoint is called through an HttpClient with the standard resilience handler
/// (<see cref="EmbeddingServiceCollectionExtensions"/>), and every call, whatever the provider, goes through the
/// circuit breaker of <see cref="PipelineName"/>: once the provider has failed (unreachable, timing out, answering
/// vectors of the wrong length), it is marked <see cref="EmbeddingState.Degraded"/> with the reason, callers fall
/// back to lexical search, and it is not called again until <see cref="EmbeddingOptions.RetrySeconds"/> have passed.
/// Vectors are returned L2-normalised, so a dot product is their cosine.
/// </summary>
public sealed partial class EmbeddingService(
    IEmbeddingGenerator<string, Embedding<float>>? generator,
    IOptions<EmbeddingOptions> options,
    ResiliencePipelineProvider<string> pipelines,
    ArchiveMetrics metrics,
    ILogger<EmbeddingService> logger) : IDisposable
{
    /// <summary>The resilience pipeline (a circuit breaker) every provider call goes through.</summary>
    public const string PipelineName = "archive-embeddings";

    /// <summary>Query vectors kept (most recently used first): a few megabytes at 384 dimensions.</summary>
    public const int QueryCacheEntries = 2048;

    // Users repeat queries (paging, filters, the page's language switch); each costs the model or a network call.
    private readonly MemoryCache _queries = new(new MemoryCacheOptions { SizeLimit = QueryCacheEntries });

    private readonly EmbeddingOptions _options = options.Value;
    private readonly string _providerTag = options.Value.Provider.ToString().ToLowerInvariant();
    private readonly ResiliencePipeline _pipeline = pipelines.GetPipeline(PipelineName);
    private readonly Lock _gate = new();
    private EmbeddingModel? _model;
    private string? _failureReason;

    /// <summary>The model, once a probe has told its vector length; null while off or not yet probed.</summary>
    public EmbeddingModel? Model => _model;

    public EmbeddingState State => generator is null ? EmbeddingState.Off
        : _failureReason is not null ? EmbeddingState.Degraded
        : _model is null ? EmbeddingState.Starting
        : EmbeddingState.Ready;

    /// <summary>Why the provider is degraded; null when it is not.</summary>
    public string? FailureReason => _failureReason;

    /// <summary>Provider and model as configured, for reports ("minilm all-MiniLM-L6-v2").</summary>
    public string Description => _options.Provider switch
    {
        EmbeddingProvider.None => "none",
        EmbeddingProvider.MiniLm => $"minilm {MiniLmEmbeddingGenerator.ModelName}",
        _ => $"openai {_options.Model} at {_options.Endpoint}",
    };

    /// <summary>True when the model embeds Indonesian itself; false when Indonesian goes through English.</summary>
    public bool Multilingual => _options.Provider == EmbeddingProvider.OpenAI && _options.Multilingual;

    /// <summary>
    /// The model ready for use: probes it when it has not answered yet or has failed (a failed provider is probed
    /// again only once its circuit lets a call through). Null when embeddings are off or the provider is failing.
    /// </summary>
    public async Task<EmbeddingModel?> ReadyModelAsync(CancellationToken cancellationToken)
    {
        if (generator is null)
        {
            return null;
        }

        if (_model is { } model && _failureReason is null)
        {
            return model;
        }

        try
        {
            var probe = await EmbedCoreAsync(["probe"], cancellationToken);
            var found = new EmbeddingModel(_options.Provider, ModelName(), probe[0].Length, Multilingual);
            lock (_gate)
            {
                _model = found;
                _failureReason = null;
            }

            LogReady(logger, Description, found.Dimensions);
            return found;
        }
        catch (EmbeddingUnavailableException)
        {
            return null;
        }
    }

    /// <summary>Embeds texts (in batches), normalised.</summary>
    /// <exception cref="EmbeddingUnavailableException">The provider failed, or failed recently; it is marked degraded.</exception>
    public async Task<float[][]> EmbedAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var vectors = new List<float[]>(texts.Count);
        foreach (var batch in texts.Chunk(_options.BatchSize))
        {
            vectors.AddRange(await EmbedCoreAsync(batch, cancellationToken));
        }

        return [.. vectors];
    }

    /// <summary>
    /// A query's vector, normalised. The same text (whitespace aside) for the same model is embedded once and then
    /// served from a bounded cache; the caller gets its own copy, which it may change (hybrid search adds feedback
    /// vectors into it).
    /// </summary>
    /// <exception cref="EmbeddingUnavailableException">The provider failed, or failed recently; it is marked degraded.</exception>
    public async Task<float[]> EmbedQueryAsync(string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalised = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var key = (_model?.Key ?? Description, normalised);
        if (!_queries.TryGetValue(key, out float[]? vector) || vector is null)
        {
            vector = (await EmbedAsync([normalised], cancellationToken))[0];
            _queries.Set(key, vector, new MemoryCacheEntryOptions { Size = 1 });
        }

        return (float[])vector.Clone();
    }

    public void Dispose() => _queries.Dispose();

    private async Task<float[][]> EmbedCoreAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        if (generator is null)
        {
            throw new EmbeddingUnavailableException("embeddings are off (Embeddings:Provider is none)");
        }

        try
        {
            return await _pipeline.ExecuteAsync(async token => await GenerateAsync(generator, texts, token), cancellationToken);
        }
        catch (BrokenCircuitException)
        {
            // Not called: the provider failed a moment ago. Keep the reason it failed with.
            metrics.EmbeddingRefused(_providerTag);
            throw new EmbeddingUnavailableException($"{_failureReason ?? Description + " failed"} (tried again within {_options.RetrySeconds} s)");
        }
    }

    /// <summary>One call to the provider, its answer checked; every failure becomes an <see cref="EmbeddingUnavailableException"/>, which the circuit breaker counts.</summary>
    private async Task<float[][]> GenerateAsync(IEmbeddingGenerator<string, Embedding<float>> provider, IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        GeneratedEmbeddings<Embedding<float>> generated;
        try
        {
            var request = _options.Dimensions is int dimensions ? new EmbeddingGenerationOptions { Dimensions = dimensions } : null;
            generated = await provider.GenerateAsync(texts, request, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Whatever the client throws (connection refused, HTTP 4xx/5xx, a time-out, an open HTTP circuit, bad
            // JSON), search must go on lexically.
            var (kind, problem) = Describe(ex);
            throw Fail(started, kind, problem);
        }

        if (generated.Count != texts.Count)
        {
            throw Fail(started, "invalid", $"{Description} returned {generated.Count} vectors for {texts.Count} texts");
        }

        var vectors = generated.Select(e => e.Vector.ToArray()).ToArray();
        if (_options.Dimensions is int expected && vectors.FirstOrDefault(v => v.Length != expected) is { } wrong)
        {
            throw Fail(started, "invalid", $"{Description} returned vectors of {wrong.Length} dimensions; Embeddings:Dimensions is {expected}");
        }

        if (_model is { } model && vectors.FirstOrDefault(v => v.Length != model.Dimensions) is { } changed)
        {
            throw Fail(started, "invalid", $"{Description} returned vectors of {changed.Length} dimensions, not the {model.Dimensions} it returned before");
        }

        foreach (var vector in vectors)
        {
            Normalize(vector);
        }

        metrics.EmbeddingCall(_providerTag, Stopwatch.GetElapsedTime(started), null);
        return vectors;
    }

    /// <summary>The kind of failure (for metrics) and the reason a reader is told.</summary>
    private (string Kind, string Problem) Describe(Exception exception)
    {
        for (var ex = exception; ex is not null; ex = ex.InnerException)
        {
            switch (ex)
            {
                case TimeoutRejectedException or OperationCanceledException:
                    return ("timeout", $"{Description} did not answer within {_options.TimeoutSeconds} s");
                case BrokenCircuitException:
                    // The HTTP circuit opened on the failures already reported: keep their reason.
                    return ("circuit-open", _failureReason ?? $"{Description} failed repeatedly and is not called for {_options.RetrySeconds} s");
                case ClientResultException { Status: > 0 } http:
                    return ("http-" + http.Status, $"{Description} failed: {exception.Message}");
                default:
                    break;
            }
        }

        return ("unreachable", $"{Description} failed: {exception.Message}");
    }

    /// <summary>Scales a vector to length 1 (in place), so that a dot product is a cosine.</summary>
    internal static void Normalize(float[] vector)
    {
        var norm = TensorPrimitives.Norm<float>(vector);
        if (norm > 0)
        {
            TensorPrimitives.Divide(vector, norm, vector);
        }
    }

    private string ModelName() => _options.Provider == EmbeddingProvider.MiniLm ? MiniLmEmbeddingGenerator.ModelName : _options.Model!;

    private EmbeddingUnavailableException Fail(long started, string kind, string problem)
    {
        lock (_gate)
        {
            _failureReason = problem;
        }

        metrics.EmbeddingCall(_providerTag, Stopwatch.GetElapsedTime(started), kind);
        LogFailed(logger, problem, _options.RetrySeconds);
        return new EmbeddingUnavailableException(problem);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Embeddings ready: {Provider}, {Dimensions} dimensions")]
    private static partial void LogReady(ILogger logger, string provider, int dimensions);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Embeddings unavailable, searching lexically: {Problem}; trying again after {RetrySeconds} s")]
    private static partial void LogFailed(ILogger logger, string problem, double retrySeconds);
}
