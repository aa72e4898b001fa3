namespace Archive.Contracts;

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
