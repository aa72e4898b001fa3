namespace Archive.Contracts;

/// <summary>What changed between two meetings (or the meetings of two dates), lineage by lineage.</summary>
/// <param name="From">The earlier point as asked for, and its meetings.</param>
/// <param name="To">The later point as asked for, and its meetings.</param>
/// <param name="Counts">How many lineages have each status ("new", "resumed", "strengthened", "weakened", "dropped", "reaffirmed").</param>
/// <param name="Changes">New, resumed, strengthened, weakened, dropped, then reaffirmed; by topic within each.</param>
public sealed record ChangesResponse(
    ChangePointResponse From,
    ChangePointResponse To,
    string Language,
    string? Topic,
    IReadOnlyDictionary<string, int> Counts,
    IReadOnlyList<ChangeResponse> Changes);

/// <summary>One end of a comparison.</summary>
/// <param name="Query">What was asked for, as written: a conference number, a date, a document id or a meeting id.</param>
/// <param name="Meetings">The meetings it stands for, oldest first (several for a date).</param>
public sealed record ChangePointResponse(string Query, IReadOnlyList<MeetingResponse> Meetings);

/// <param name="Before">Its clause at the earlier point (at the latest of its meetings); null when it is new or resumed.</param>
/// <param name="After">Its clause at the later point; null when it was dropped.</param>
/// <param name="Resumes">For a resumed lineage, the step it takes up again: its last clause before the earlier point.</param>
public sealed record ChangeResponse(string Lineage, string Status, IReadOnlyList<string> Topics, ChangeSideResponse? Before, ChangeSideResponse? After, ChangeSideResponse? Resumes);

/// <summary>One side of a change: the clause, the meeting it comes from, and how to cite it.</summary>
/// <param name="Text">The clause as written.</param>
public sealed record ChangeSideResponse(
    string CommitmentId,
    string ParagraphId,
    MeetingResponse Meeting,
    int? Conference,
    string? Date,
    string Citation,
    string Strength,
    string Text,
    bool Sample,
    string Permalink);
