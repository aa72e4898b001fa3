namespace Archive.Contracts;

/// <summary>A commitment's follow-up record: the current state (null until first written) and every write, oldest first.</summary>
/// <param name="Lineage">The lineage's root paragraph id: with the conference, what the record is kept under across rebuilds.</param>
public sealed record FollowUpResponse(
    string CommitmentId,
    string Lineage,
    int? Conference,
    FollowUpRecordResponse? Current,
    IReadOnlyList<FollowUpRecordResponse> History);
