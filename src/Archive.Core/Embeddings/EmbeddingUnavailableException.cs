namespace Archive.Core.Embeddings;

/// <summary>The embedding provider could not give vectors; the message says why.</summary>
public sealed class EmbeddingUnavailableException(string message) : Exception(message);
