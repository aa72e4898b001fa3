namespace Archive.Core.Embeddings;

/// <summary>A generation's vectors, and how many were embedded now and how many reused from earlier builds.</summary>
public sealed record VectorBuildResult(ParagraphVectors Vectors, int Embedded, int Reused);
