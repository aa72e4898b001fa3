namespace Archive.Contracts;

/// <summary>
/// One query of a batch as read from its file: the caller's id for it, the query, and what could not be read of it
/// (a value of the wrong type), which answers that query with an error rather than failing the batch.
/// </summary>
public sealed record SearchBatchItem(string? Id, SearchQuery Query, RequestProblems? Unreadable = null);
