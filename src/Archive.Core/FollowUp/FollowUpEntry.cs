namespace Archive.Core.FollowUp;

/// <summary>One write of a follow-up record, as stored: the newest of a key is its current record.</summary>
/// <param name="CommitmentId">The clause id it was written under (ids may change on a rebuild; <see cref="Key"/> does not).</param>
/// <param name="Evidence">Addresses (http or https) or paragraph ids that show the status.</param>
/// <param name="By">The API key's name.</param>
/// <param name="At">When it was written (UTC).</param>
public sealed record FollowUpEntry(
    FollowUpKey Key,
    string CommitmentId,
    FollowUpStatus Status,
    string Note,
    IReadOnlyList<string> Evidence,
    string By,
    DateTimeOffset At);
