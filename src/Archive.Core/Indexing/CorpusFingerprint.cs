using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
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
    /// indexes are rebuilt. 4: the paired field and the learned lexicon. 5: offsets in the postings of the own text and
    /// exact fields instead of term vectors.
    /// </summary>
    public const int CurrentFormatVersion = 5;

    /// <param name="catalog">The corpus's catalogs, read once by the caller, whose entries are part of each file's state.</param>
    /// <param name="previous">The fingerprint of the index being brought up to date: a file whose length and time of
    /// writing are unchanged keeps its hash without being read again. Null hashes every file.</param>
    public static async Task<CorpusFingerprint> ComputeAsync(
        string corpusDirectory, IReadOnlyList<string> files, CorpusCatalog catalog, CorpusFingerprint? previous, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(catalog);
        var known = previous?.Files.Where(f => f.Modified is not null).ToDictionary(f => f.Path, StringComparer.Ordinal);
        var entries = new List<CorpusFile>(files.Count);
        foreach (var file in files)
        {
            var info = new FileInfo(Path.Combine(corpusDirectory, file));
            var modified = info.LastWriteTimeUtc;
            var sha256 = known is not null && known.TryGetValue(file, out var was) && was.Length == info.Length && was.Modified == modified
                ? was.Sha256
                : await HashAsync(info.FullName, cancellationToken);
            entries.Add(new CorpusFile(file, info.Length, sha256, modified, EntryHash(catalog.Find(file))));
        }

        // Every catalog, the uploads' too: a metadata change alone makes the index stale.
        var catalogs = new List<string>();
        foreach (var path in CorpusLayout.CatalogFiles(corpusDirectory))
        {
            catalogs.Add($"{CorpusLayout.Relative(corpusDirectory, path)}:{await HashAsync(path, cancellationToken)}");
        }

        var catalogHash = catalogs.Count == 0 ? null : Hash(string.Join('\n', catalogs));
        return new CorpusFingerprint(CurrentFormatVersion, EmbeddedResources.Hash(ArchiveAnalyzers.ProtectedIndonesianWords), catalogHash, entries);
    }

    /// <summary>Whether an index built with <paramref name="built"/> can be brought up to date file by file.</summary>
    public bool SameFormatAs(CorpusFingerprint built)
    {
        ArgumentNullException.ThrowIfNull(built);
        return FormatVersion == built.FormatVersion && AnalysisHash == built.AnalysisHash;
    }

    /// <summary>Why this fingerprint differs from the one an index was built with, or null when they match.</summary>
    public string? DifferenceFrom(CorpusFingerprint built)
    {
        ArgumentNullException.ThrowIfNull(built);
        if (!SameFormatAs(built))
        {
            return "the index was built by another version of the archive";
        }

        if (CatalogSha256 != built.CatalogSha256)
        {
            return "the catalog changed";
        }

        var changes = CorpusChanges.Between(built, this);
        return changes.Count == 0 ? null : $"corpus changed: {changes.Added.Count} added, {changes.Removed.Count} removed, {changes.Modified.Count} modified";
    }

    private static string? EntryHash(CatalogEntry? entry) =>
        entry is null ? null : Hash(JsonSerializer.Serialize(entry, LibrarySnapshot.Json));

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static async Task<string> HashAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
    }
}
