using Archive.Core.Embeddings;
using Archive.Core.Ingestion;

namespace Archive.Core.Indexing;

/// <summary>What a build produced.</summary>
/// <param name="Vectors">The paragraph vectors and how many were embedded or reused; null when embeddings are off or failed.</param>
public sealed record IndexBuildResult(IndexGeneration Generation, IndexManifest Manifest, IngestReport Report, VectorBuildResult? Vectors);
