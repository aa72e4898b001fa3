namespace Archive.Core.Ingestion;

/// <summary>The report of one ingest run: a line per file, plus problems of the corpus as a whole.</summary>
public sealed record IngestReport(IReadOnlyList<FileReport> Files, IReadOnlyList<string> CorpusWarnings)
{
    public int Failed => Files.Count(f => f.Status == FileStatus.Failed);

    public int Ingested => Files.Count - Failed;

    /// <summary>True when every file was ingested (possibly with warnings).</summary>
    public bool AllIngested => Failed == 0;
}
