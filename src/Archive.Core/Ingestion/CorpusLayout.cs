namespace Archive.Core.Ingestion;

/// <summary>
/// Where things live in a corpus folder: the documents anywhere below it, except under names starting with "_" or "."
/// (the corpus's own sources and notes, and the service's staging area, live beside them); a <c>catalog.json</c> per
/// folder; uploaded documents in their own folder.
/// </summary>
public static class CorpusLayout
{
    /// <summary>The folder uploaded documents are kept in, with their own catalog.</summary>
    public const string UploadsFolder = "uploads";

    /// <summary>Where an upload is streamed before it is checked; ignored by every ingest, emptied at start.</summary>
    public const string IncomingFolder = "_incoming";

    /// <summary>The log of every write to the corpus, one JSON object per line.</summary>
    public const string AuditFile = "_audit.jsonl";

    /// <summary>A path relative to the corpus folder, with forward slashes.</summary>
    public static string Relative(string corpusDirectory, string path) =>
        Path.GetRelativePath(corpusDirectory, path).Replace('\\', '/');

    /// <summary>Whether a path relative to the corpus folder is outside what an ingest reads.</summary>
    public static bool IsIgnored(string relativePath) =>
        relativePath.Split('/').Any(part => part.StartsWith('_') || part.StartsWith('.'));

    /// <summary>Every catalog file of the corpus, the corpus folder's own first.</summary>
    public static IReadOnlyList<string> CatalogFiles(string corpusDirectory) =>
        Directory.Exists(corpusDirectory)
            ? [.. Directory.EnumerateFiles(corpusDirectory, CorpusCatalog.FileName, SearchOption.AllDirectories)
                .Where(f => !IsIgnored(Relative(corpusDirectory, f)))
                .OrderBy(f => Relative(corpusDirectory, f).Count(c => c == '/'))
                .ThenBy(f => f, StringComparer.Ordinal)]
            : [];
}
