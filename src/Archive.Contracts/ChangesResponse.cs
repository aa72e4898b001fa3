namespace Archive.Contracts;

/// <summary>What changed between two Ministerial Conferences, lineage by lineage.</summary>
/// <param name="Counts">How many lineages have each status ("new", "strengthened", "weakened", "dropped", "reaffirmed").</param>
/// <param name="Changes">New, strengthened, weakened, dropped, then reaffirmed; by topic within each.</param>
public sealed record ChangesResponse(
    int From,
    int To,
    string Language,
    string? Topic,
    IReadOnlyDictionary<string, int> Counts,
    IReadOnlyList<ChangeResponse> Changes);

/// <param name="Before">Its strongest clause at the earlier conference; null when it is new.</param>
/// <param name="After">Its strongest clause at the later conference; null when it was dropped.</param>
public sealed record ChangeResponse(string Lineage, string Status, IReadOnlyList<string> Topics, ChangeSideResponse? Before, ChangeSideResponse? After);

/// <summary>One side of a change: the clause, where it stands and how to cite it.</summary>
/// <param name="Text">The clause as written.</param>
public sealed record ChangeSideResponse(
    string CommitmentId,
    string ParagraphId,
    int? Conference,
    string? Date,
    string Citation,
    string Strength,
    string Text,
    bool Sample,
    string Permalink);
