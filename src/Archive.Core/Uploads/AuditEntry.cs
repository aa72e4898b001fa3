namespace Archive.Core.Uploads;

/// <summary>One write to the corpus, as the audit log keeps it.</summary>
/// <param name="Actor">The name of the API key that made it (never the key).</param>
/// <param name="Action">"add", "replace" or "delete".</param>
/// <param name="Outcome">"done", or "refused: " and the refusal (e.g. "refused: duplicate").</param>
/// <param name="Sha256">The file's hash, when a file was sent or removed.</param>
/// <param name="File">The file's path in the corpus, or the name the client gave for a refused one.</param>
public sealed record AuditEntry(
    DateTimeOffset Time,
    string Actor,
    string Action,
    string? DocumentId,
    string Outcome,
    string? Sha256,
    string? File,
    long? Bytes,
    string? Detail);
