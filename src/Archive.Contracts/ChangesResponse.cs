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
