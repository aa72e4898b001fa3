
namespace Archive.Core.Indexing;

/// <summary>One corpus file as an index saw it.</summary>
public sealed record CorpusFile(string Path, long Length, string Sha256);
