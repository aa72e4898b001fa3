namespace Archive.Contracts;

/// <summary>A batch of searches as read from JSON or CSV: its queries in order and the hits each asks for by default.</summary>
public sealed record SearchBatch(IReadOnlyList<SearchBatchItem> Queries, int? K);
