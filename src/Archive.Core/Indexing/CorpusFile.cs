namespace Archive.Core.Indexing;

/// <summary>One corpus file as an index saw it.</summary>
/// <param name="Modified">When the file was last written (UTC); with the length, it lets the next build trust the hash
/// without reading the file again, as git's index does. Null in manifests written before it was kept.</param>
/// <param name="Entry">A hash of the catalog entry that describes the file, or null when none does: a change of
/// metadata alone makes the file's document change.</param>
public sealed record CorpusFile(string Path, long Length, string Sha256, DateTime? Modified = null, string? Entry = null);
