namespace Archive.Core.Commitments;

/// <summary>
/// One undertaking followed across Ministerial Conferences: its steps in date order, each with a status, and
/// whether it was dropped (last seen before the archive's latest conference).
/// </summary>
/// <param name="Id">The id of its first commitment, prefixed "L:".</param>
/// <param name="DroppedAfter">The conference after which it is no longer mentioned, when that is before the latest one.</param>
public sealed record Lineage(string Id, IReadOnlyList<LineageStep> Steps, int? DroppedAfter);

/// <summary>A commitment's place in its lineage.</summary>
/// <param name="Status">"new", "reaffirmed" (same strength), "strengthened" or "weakened" (than the step before).</param>
/// <param name="Similarity">The link's score to the step before (null for the first step).</param>
/// <param name="SharedTerms">Words the clause shares with the step before: the evidence of the link.</param>
public sealed record LineageStep(Commitment Commitment, string Status, double? Similarity, IReadOnlyList<string> SharedTerms);
