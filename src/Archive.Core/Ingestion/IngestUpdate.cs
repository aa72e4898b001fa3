namespace Archive.Core.Ingestion;

/// <summary>An earlier ingest brought up to date.</summary>
/// <param name="Read">The files read again (added, changed, or failed before); the others' documents were kept.</param>
/// <param name="Touched">The files read and those removed: the documents whose index entries must change with them.</param>
public sealed record IngestUpdate(IngestResult Result, int Read, IReadOnlySet<string> Touched);
