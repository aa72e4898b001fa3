namespace Archive.Contracts;

/// <summary>One end of a comparison.</summary>
/// <param name="Query">What was asked for, as written: a conference number, a date, a document id or a meeting id.</param>
/// <param name="Meetings">The meetings it stands for, oldest first (several for a date).</param>
public sealed record ChangePointResponse(string Query, IReadOnlyList<MeetingResponse> Meetings);
