namespace Archive.Core.Commitments;

/// <summary>How strongly a clause binds, weakest first, so that strengths compare with &lt; and &gt;.</summary>
public enum CommitmentStrength
{
    /// <summary>Welcomed, noted, recognised: binds no one, but records a position.</summary>
    Acknowledgement = 1,

    /// <summary>Encouraged, urged, invited (members, states).</summary>
    Encouragement = 2,

    /// <summary>Tasked, requested, asked a body to act.</summary>
    Tasking = 3,

    /// <summary>Agreed to, committed to, will.</summary>
    Commitment = 4,

    /// <summary>Decided, adopted, established.</summary>
    Decision = 5,
}
