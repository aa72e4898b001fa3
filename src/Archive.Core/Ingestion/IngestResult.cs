using Archive.Core.Documents;

namespace Archive.Core.Ingestion;

/// <summary>The documents an ingest run produced, with its report.</summary>
public sealed record IngestResult(DocumentLibrary Library, IngestReport Report);
