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
