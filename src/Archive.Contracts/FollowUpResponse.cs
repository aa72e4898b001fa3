namespace Archive.Contracts;

/// <summary>A commitment's follow-up record: the current state (null until first written) and every write, oldest first.</summary>
/// <param name="Lineage">The lineage's root paragraph id: with the conference, what the record is kept under across rebuilds.</param>
public sealed record FollowUpResponse(
    string CommitmentId,
    string Lineage,
    int? Conference,
    FollowUpRecordResponse? Current,
    IReadOnlyList<FollowUpRecordResponse> History);

/// <summary>One write of a follow-up record.</summary>
/// <param name="By">The name of the API key that wrote it.</param>
/// <param name="CommitmentId">The clause id it was written under.</param>
/// <param name="Changed">What this write changed against the one before: status, note and/or evidence.</param>
public sealed record FollowUpRecordResponse(
    string Status,
    string Note,
    IReadOnlyList<string> Evidence,
    string By,
    DateTimeOffset At,
    string CommitmentId,
    IReadOnlyList<string> Changed);
