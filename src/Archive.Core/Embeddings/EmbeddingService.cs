using System.Numerics.Tensors;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Archive.Core.Embeddings;

/// <summary>
/// The configured embedding provider, with its health. Every call has a time limit; a failing provider (unreachable,
/// wrong vector length, timing out) is marked <see cref="EmbeddingState.Degraded"/> with the reason, callers fall back
/// to lexical search, and it is tried again after <see cref="EmbeddingOptions.RetrySeconds"/>. Vectors are returned
/// L2-normalised, so a dot product is their cosine.
/// </summary>
public sealed partial class EmbeddingService(
    IEmbeddingGenerator<string, Embedding<float>>? generator,
    IOptions<EmbeddingOptions> options,
    TimeProvider clock,
    ILogger<EmbeddingService> logger)
{
    private readonly EmbeddingOptions _options = options.Value;
    private readonly Lock _gate = new();
    private EmbeddingModel? _model;
    private string? _problem;
    private DateTimeOffset _failedAt;

    /// <summary>The model, once a probe has told its vector length; null while off or not yet probed.</summary>
    public EmbeddingModel? Model => _model;

    public EmbeddingState State => generator is null ? EmbeddingState.Off
        : _problem is not null ? EmbeddingState.Degraded
        : _model is null ? EmbeddingState.Starting
        : EmbeddingState.Ready;

    /// <summary>Why the provider is degraded; null when it is not.</summary>
    public string? Problem => _problem;

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
    /// The model ready for use: probes it when it has not answered yet, or failed more than the retry interval ago.
    /// Null when embeddings are off or the provider is failing.
    /// </summary>
    public async Task<EmbeddingModel?> ReadyModelAsync(CancellationToken cancellationToken)
    {
        if (generator is null)
        {
            return null;
        }

        if (_model is { } model && _problem is null)
        {
            return model;
        }

        if (_problem is not null && clock.GetUtcNow() - _failedAt < TimeSpan.FromSeconds(_options.RetrySeconds))
        {
            return null;
        }

        try
        {
            var probe = await EmbedCoreAsync(["probe"], cancellationToken);
            var found = new EmbeddingModel(_options.Provider, ModelName(), probe[0].Length, Multilingual);
            lock (_gate)
            {
                _model = found;
                _problem = null;
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
    /// <exception cref="EmbeddingUnavailableException">The provider failed; it is now marked degraded.</exception>
    public async Task<float[][]> EmbedAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var vectors = new List<float[]>(texts.Count);
        foreach (var batch in texts.Chunk(_options.BatchSize))
        {
            vectors.AddRange(await EmbedCoreAsync(batch, cancellationToken));
        }

        if (_model is { } model && vectors.Any(v => v.Length != model.Dimensions))
        {
            throw Fail($"the provider returned vectors of a different length than the {model.Dimensions} it returned before");
        }

        return [.. vectors];
    }

    private async Task<float[][]> EmbedCoreAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        if (generator is null)
        {
            throw new EmbeddingUnavailableException("embeddings are off (Embeddings:Provider is none)");
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(_options.TimeoutSeconds));
        GeneratedEmbeddings<Embedding<float>> generated;
        try
        {
            var request = _options.Dimensions is int dimensions ? new EmbeddingGenerationOptions { Dimensions = dimensions } : null;
            generated = await generator.GenerateAsync(texts, request, timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw Fail($"{Description} did not answer within {_options.TimeoutSeconds} s");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Whatever the client throws (connection refused, HTTP 4xx/5xx, bad JSON), search must go on lexically.
            throw Fail($"{Description} failed: {ex.Message}");
        }

        if (generated.Count != texts.Count)
        {
            throw Fail($"{Description} returned {generated.Count} vectors for {texts.Count} texts");
        }

        var vectors = generated.Select(e => e.Vector.ToArray()).ToArray();
        if (_options.Dimensions is int expected && vectors.FirstOrDefault(v => v.Length != expected) is { } wrong)
        {
            throw Fail($"{Description} returned vectors of {wrong.Length} dimensions; Embeddings:Dimensions is {expected}");
        }

        foreach (var vector in vectors)
        {
            Normalize(vector);
        }

        return vectors;
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

    private EmbeddingUnavailableException Fail(string problem)
    {
        lock (_gate)
        {
            _problem = problem;
            _failedAt = clock.GetUtcNow();
        }

        LogFailed(logger, problem, _options.RetrySeconds);
        return new EmbeddingUnavailableException(problem);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Embeddings ready: {Provider}, {Dimensions} dimensions")]
    private static partial void LogReady(ILogger logger, string provider, int dimensions);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Embeddings unavailable, searching lexically: {Problem}; retrying in {RetrySeconds} s")]
    private static partial void LogFailed(ILogger logger, string problem, double retrySeconds);
}

/// <summary>Whether semantic ranking can be used.</summary>
public enum EmbeddingState
{
    /// <summary>Embeddings are switched off by configuration.</summary>
    Off,

    /// <summary>Configured, not yet probed.</summary>
    Starting,

    /// <summary>The provider answers.</summary>
    Ready,

    /// <summary>The provider failed; search is lexical until it answers again.</summary>
    Degraded,
}

/// <summary>The embedding provider could not give vectors; the message says why.</summary>
public sealed class EmbeddingUnavailableException(string message) : Exception(message);
