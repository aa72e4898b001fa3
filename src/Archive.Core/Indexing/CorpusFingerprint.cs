using System.Security.Cryptography;
using Archive.Core.Analysis;
using Archive.Core.Ingestion;

namespace Archive.Core.Indexing;

/// <summary>
/// What an index was built from: every corpus file's path, size and SHA-256, the catalogs' hash, and the version
/// of the index format and word lists. Two equal fingerprints mean the index is fresh.
/// </summary>
public sealed record CorpusFingerprint(int FormatVersion, string AnalysisHash, string? CatalogSha256, IReadOnlyList<CorpusFile> Files)
{
    /// <summary>
    /// Bumped whenever the fields, their analysis, the stored citations or the files of a generation change, so older
    /// indexes are rebuilt. 4: the paired field and the learned lexicon.
    /// </summary>
    public const int CurrentFormatVersion = 4;

    public static async Task<CorpusFingerprint> ComputeAsync(string corpusDirectory, IReadOnlyList<string> files, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        var entries = new List<CorpusFile>(files.Count);
        foreach (var file in files)
        {
            var path = Path.Combine(corpusDirectory, file);
            entries.Add(new CorpusFile(file, new FileInfo(path).Length, await HashAsync(path, cancellationToken)));
        }

        // Every catalog, the uploads' too: a metadata change alone makes the index stale.
        var catalogs = new List<string>();
        foreach (var catalog in CorpusLayout.CatalogFiles(corpusDirectory))
        {
            catalogs.Add($"{CorpusLayout.Relative(corpusDirectory, catalog)}:{await HashAsync(catalog, cancellationToken)}");
        }

        var catalogHash = catalogs.Count == 0 ? null
            : Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(string.Join('\n', catalogs))));
        return new CorpusFingerprint(CurrentFormatVersion, EmbeddedResources.Hash(ArchiveAnalyzers.ProtectedIndonesianWords), catalogHash, entries);
    }

    /// <summary>Why this fingerprint differs from the one an index was built with, or null when they match.</summary>
    public string? DifferenceFrom(CorpusFingerprint built)
    {
        ArgumentNullException.ThrowIfNull(built);
        if (FormatVersion != built.FormatVersion || AnalysisHash != built.AnalysisHash)
        {
            return "the index was built by another version of the archive";
        }

        if (CatalogSha256 != built.CatalogSha256)
        {
            return "the catalog changed";
        }

        var before = built.Files.ToDictionary(f => f.Path, StringComparer.Ordinal);
        var now = Files.ToDictionary(f => f.Path, StringComparer.Ordinal);
        var added = now.Keys.Except(before.Keys).Count();
        var removed = before.Keys.Except(now.Keys).Count();
        var changed = now.Count(f => before.TryGetValue(f.Key, out var old) && old != f.Value);
        return added + removed + changed == 0 ? null : $"corpus changed: {added} added, {removed} removed, {changed} modified";
    }

    private static async Task<string> HashAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
    }
}
