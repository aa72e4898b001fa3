namespace Archive.Core.Commitments;

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
