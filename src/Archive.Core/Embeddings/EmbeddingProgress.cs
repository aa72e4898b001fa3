namespace Archive.Core.Embeddings;

/// <summary>Paragraphs embedded so far of those that need it.</summary>
public sealed record EmbeddingProgress(int Done, int Total);
