namespace Archive.Core.Drafts;

/// <summary>How the strongest commitment of a draft paragraph compares with its precedent's.</summary>
public enum StrengthChange
{
    Same,

    /// <summary>The draft binds less: a decision turned into an encouragement, say.</summary>
    Weakened,

    /// <summary>The draft binds more.</summary>
    Strengthened,

    /// <summary>The precedent commits to something; the draft no longer does.</summary>
    Dropped,

    /// <summary>The draft commits to something its precedent did not.</summary>
    Added,
}
