namespace Archive.Core.Commitments;

/// <summary>A commitment's place in its lineage.</summary>
/// <param name="Status">New, or reaffirmed, strengthened or weakened against the step before.</param>
/// <param name="Similarity">The link's score to the step before (null for the first step).</param>
/// <param name="SharedTerms">Words the clause shares with the step before: the evidence of the link.</param>
public sealed record LineageStep(Commitment Commitment, LineageStatus Status, double? Similarity, IReadOnlyList<string> SharedTerms);
