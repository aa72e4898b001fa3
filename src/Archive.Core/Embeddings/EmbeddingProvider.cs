namespace Archive.Core.Embeddings;

/// <summary>Where paragraph and query vectors come from.</summary>
public enum EmbeddingProvider
{
    /// <summary>No embeddings: lexical search only.</summary>
    None,

    /// <summary>The bundled all-MiniLM-L6-v2 model, run offline through ONNX (English; Indonesian through a pivot).</summary>
    MiniLm,

    /// <summary>Any endpoint that speaks the OpenAI <c>/v1/embeddings</c> protocol (Ollama, vLLM, TEI, OpenAI, Azure OpenAI).</summary>
    OpenAI,
}
