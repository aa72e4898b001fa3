namespace Archive.Core.Commitments;

/// <summary>One lineage between two points of the timeline: its step at each (null where it is not mentioned).</summary>
/// <param name="Topics">The topics of the steps, the later one's first.</param>
/// <param name="Resumes">For a resumed lineage, the step it takes up again: its last step before the earlier point.</param>
public sealed record LineageChange(string LineageId, ChangeStatus Status, IReadOnlyList<string> Topics, Commitment? Before, Commitment? After, Commitment? Resumes = null);
