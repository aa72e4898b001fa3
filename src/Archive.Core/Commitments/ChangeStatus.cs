namespace Archive.Core.Commitments;

/// <summary>How one lineage moved from one meeting to another, in the order a reader scans them: what moved first.</summary>
public enum ChangeStatus
{
    /// <summary>At the later meeting, and at no meeting before the earlier one: taken up for the first time.</summary>
    New,

    /// <summary>At the later meeting, not at the earlier one, but at a meeting before it: taken up again.</summary>
    Resumed,

    /// <summary>At both, stronger at the later one.</summary>
    Strengthened,

    /// <summary>At both, weaker at the later one.</summary>
    Weakened,

    /// <summary>At the earlier meeting, not mentioned at the later one.</summary>
    Dropped,

    /// <summary>At both, with the same strength.</summary>
    Reaffirmed,
}
