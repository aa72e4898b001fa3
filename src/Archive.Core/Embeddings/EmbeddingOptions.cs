using System.ComponentModel.DataAnnotations;

namespace Archive.Core.Embeddings;

/// <summary>
/// The <c>Embeddings</c> section: which provider embeds paragraphs and queries, and how hybrid ranking uses them.
/// The API key is read from configuration like every other value, so it comes from the environment
/// (<c>Embeddings__ApiKey</c>) or user secrets, never from a committed file.
/// </summary>
public sealed class EmbeddingOptions : IValidatableObject
{
    /// <summary><c>minilm</c> (default), <c>openai</c> or <c>none</c>.</summary>
    public EmbeddingProvider Provider { get; set; } = EmbeddingProvider.MiniLm;

    /// <summary>Base address of an OpenAI-compatible API, e.g. <c>http://localhost:11434/v1</c> for Ollama.</summary>
    public Uri? Endpoint { get; set; }

    /// <summary>The embedding model's name at the endpoint, e.g. <c>nomic-embed-text</c> or <c>text-embedding-3-small</c>.</summary>
    public string? Model { get; set; }

    /// <summary>Vector length to ask for and to expect; null to accept what the model returns.</summary>
    [Range(1, 16_384)]
    public int? Dimensions { get; set; }

    /// <summary>The endpoint's API key. Local servers usually need none.</summary>
    public string? ApiKey { get; set; }

    /// <summary>
    /// True when the model embeds Indonesian as well as English (e.g. bge-m3, multilingual-e5). When false (always for
    /// MiniLM), Indonesian text is searched through its English counterpart and glossary translation.
    /// </summary>
    public bool Multilingual { get; set; }

    /// <summary>Texts per embedding request. Default 32.</summary>
    [Range(1, 2048)]
    public int BatchSize { get; set; } = 32;

    /// <summary>How long one embedding request may take before the provider counts as failing. Default 30 s.</summary>
    [Range(0.1, 600)]
    public double TimeoutSeconds { get; set; } = 30;

    /// <summary>How long after a failure the provider is tried again. Default 60 s.</summary>
    [Range(1, 86_400)]
    public double RetrySeconds { get; set; } = 60;

    /// <summary>How many lexical hits hybrid ranking re-ranks. Default 100.</summary>
    [Range(10, 1_000)]
    public int Candidates { get; set; } = 100;

    /// <summary>The least cosine similarity that counts as a match in semantic mode. Default 0.35.</summary>
    [Range(-1, 1)]
    public double MinSimilarity { get; set; } = 0.35;

    /// <summary>
    /// True (default) to hold the served paragraph vectors as 8-bit integers (one scale per vector): a quarter of the
    /// memory and of the bytes the semantic scan reads, the scan about twice as fast, and relevance within 0.002 nDCG@10
    /// of 32-bit on every kind (docs/decisions.md). False keeps exact 32-bit cosines. The vector files on disk stay 32-bit.
    /// </summary>
    public bool Quantize { get; set; } = true;

    /// <summary>
    /// Where the bundled MiniLM model is written as a file for ONNX Runtime to read, once per machine. Default
    /// <see cref="MiniLmModelFile.DefaultFolder"/> (<c>~/.cache/bali-process-archive/models</c>); a relative path is
    /// taken from the working directory.
    /// </summary>
    public string? ModelCachePath { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Provider != EmbeddingProvider.OpenAI)
        {
            yield break;
        }

        if (Endpoint is null || !Endpoint.IsAbsoluteUri || (Endpoint.Scheme != Uri.UriSchemeHttp && Endpoint.Scheme != Uri.UriSchemeHttps))
        {
            yield return new ValidationResult(
                "Embeddings:Endpoint must be an absolute http(s) address of an OpenAI-compatible API (e.g. http://localhost:11434/v1) when Embeddings:Provider is openai",
                [nameof(Endpoint)]);
        }

        if (string.IsNullOrWhiteSpace(Model))
        {
            yield return new ValidationResult("Embeddings:Model must name the embedding model when Embeddings:Provider is openai", [nameof(Model)]);
        }
    }
}
