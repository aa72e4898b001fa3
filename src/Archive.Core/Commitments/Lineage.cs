using Archive.Core.Documents;

namespace Archive.Core.Commitments;

/// <summary>
/// One undertaking followed across the meetings of the process (Ministerial Conferences, senior officials, the
/// Steering Group, forums, working groups): its steps in date order, at most one per meeting, each with a status,
/// and whether it was dropped (last seen before the archive's latest meeting).
/// </summary>
/// <param name="Id">The id of its first commitment, prefixed "L:".</param>
/// <param name="DroppedAfter">The meeting after which it is no longer mentioned, when the archive holds a later one.</param>
public sealed record Lineage(string Id, IReadOnlyList<LineageStep> Steps, Meeting? DroppedAfter);

/// <summary>A commitment's place in its lineage.</summary>
/// <param name="Status">New, or reaffirmed, strengthened or weakened against the step before.</param>
/// <param name="Similarity">The link's score to the step before (null for the first step).</param>
/// <param name="SharedTerms">Words the clause shares with the step before: the evidence of the link.</param>
public sealed record LineageStep(Commitment Commitment, LineageStatus Status, double? Similarity, IReadOnlyList<string> SharedTerms);

/// <summary>How a commitment stands to the step before it in its lineage.</summary>
public enum LineageStatus
{
    /// <summary>The first step: no earlier commitment links to it.</summary>
    New,

    /// <summary>The same strength as the step before.</summary>
    Reaffirmed,

    /// <summary>Stronger than the step before (an encouragement become a commitment, say).</summary>
    Strengthened,

    /// <summary>Weaker than the step before.</summary>
    Weakened,
}

public static class LineageStatuses
{
    /// <summary>How a commitment of strength <paramref name="now"/> stands to one of <paramref name="before"/> on the scale.</summary>
    public static LineageStatus Between(CommitmentStrength before, CommitmentStrength now) =>
        now > before ? LineageStatus.Strengthened : now < before ? LineageStatus.Weakened : LineageStatus.Reaffirmed;

    /// <summary>The spelling on the wire, in CSV and on the command line: "new", "reaffirmed", "strengthened", "weakened".</summary>
    public static string ToCode(this LineageStatus status) => status.ToString().ToLowerInvariant();
}
