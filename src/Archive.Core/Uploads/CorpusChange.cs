using Archive.Core.Documents;
using Archive.Core.Ingestion;

namespace Archive.Core.Uploads;

/// <summary>What a write to the corpus did, once the index generation that includes it is served.</summary>
/// <param name="Document">The document as now served; null after a delete.</param>
/// <param name="Report">Its line of the ingest report (warnings, metadata source); null after a delete.</param>
/// <param name="Generation">The index generation now served.</param>
/// <param name="Unchanged">True when the write asked for what the archive already had (nothing was rebuilt).</param>
public sealed record CorpusChange(string DocumentId, ArchiveDocument? Document, FileReport? Report, string? Generation, bool Unchanged = false);
