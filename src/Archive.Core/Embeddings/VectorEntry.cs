
namespace Archive.Core.Embeddings;

/// <summary>One stored vector: whose it is and of which text.</summary>
internal sealed record VectorEntry(string Id, string TextHash, float[] Vector);
