namespace Archive.Core.Ingestion;

/// <summary>The outcome of ingesting one file.</summary>
public enum FileStatus
{
    /// <summary>Ingested with nothing to report.</summary>
    Ingested,

    /// <summary>Ingested, with warnings a reader should see.</summary>
    IngestedWithWarnings,

    /// <summary>Not ingested; the report says why.</summary>
    Failed,
}
