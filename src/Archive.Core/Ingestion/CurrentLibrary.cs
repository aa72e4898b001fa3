using Archive.Core.Documents;

namespace Archive.Core.Ingestion;

/// <summary>
/// The library the service currently serves, swapped whole when the corpus is ingested again, so a request
/// never sees half of one ingest and half of another.
/// </summary>
public sealed class CurrentLibrary
{
    private volatile Snapshot? _snapshot;

    /// <summary>True once a first ingest has finished.</summary>
    public bool IsLoaded => _snapshot is not null;

    public DocumentLibrary Library => _snapshot?.Result.Library ?? DocumentLibrary.Empty;

    /// <summary>The report of the ingest that produced <see cref="Library"/>, or null before the first.</summary>
    public IngestReport? Report => _snapshot?.Result.Report;

    public DateTimeOffset? LoadedAt => _snapshot?.LoadedAt;

    public void Replace(IngestResult result, DateTimeOffset loadedAt)
    {
        ArgumentNullException.ThrowIfNull(result);
        _snapshot = new Snapshot(result, loadedAt);
    }

    private sealed record Snapshot(IngestResult Result, DateTimeOffset LoadedAt);
}
