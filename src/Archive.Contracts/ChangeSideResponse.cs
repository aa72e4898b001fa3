namespace Archive.Contracts;

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
