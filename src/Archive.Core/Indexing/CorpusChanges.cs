namespace Archive.Core.Indexing;

/// <summary>
/// The corpus files that differ between two fingerprints, by relative path: the ones to read again when an index is
/// brought up to date from the previous one.
/// </summary>
public sealed record CorpusChanges(IReadOnlyList<string> Added, IReadOnlyList<string> Removed, IReadOnlyList<string> Modified)
{
    public int Count => Added.Count + Removed.Count + Modified.Count;

    /// <summary>A file is modified when its bytes or its catalog entry differ.</summary>
    public static CorpusChanges Between(CorpusFingerprint before, CorpusFingerprint now)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(now);
        var old = before.Files.ToDictionary(f => f.Path, StringComparer.Ordinal);
        var current = now.Files.ToDictionary(f => f.Path, StringComparer.Ordinal);
        return new CorpusChanges(
            [.. now.Files.Where(f => !old.ContainsKey(f.Path)).Select(f => f.Path)],
            [.. before.Files.Where(f => !current.ContainsKey(f.Path)).Select(f => f.Path)],
            [.. now.Files.Where(f => old.TryGetValue(f.Path, out var was) && (was.Sha256 != f.Sha256 || was.Entry != f.Entry)).Select(f => f.Path)]);
    }
}
