namespace Archive.Contracts;

/// <summary>A write answered before its index build ended (202), as <c>GET /api/writes/{ticket}</c> reports it.</summary>
/// <param name="State">"pending", "done" or "refused".</param>
/// <param name="DocumentId">The document written; for an addition, known once it is done.</param>
/// <param name="Result">When done (and not a removal), what a 201 or 200 would have carried.</param>
/// <param name="StatusUrl">This report's own address.</param>
/// <param name="Problem">When refused, the problem a 4xx or 503 would have carried.</param>
public sealed record WriteStatusResponse(
    string Ticket,
    string Action,
    string State,
    string? DocumentId,
    DateTimeOffset Started,
    DateTimeOffset? Ended,
    string StatusUrl,
    DocumentWriteResponse? Result,
    WriteProblemResponse? Problem);
