namespace Archive.Core.Drafts;

/// <summary>What a draft paragraph is, against agreed text.</summary>
public enum DraftStatus
{
    /// <summary>An agreed paragraph, word for word.</summary>
    Verbatim,

    /// <summary>An agreed paragraph with changes: its source is the first precedent.</summary>
    Edited,

    /// <summary>No agreed paragraph is close enough to be its source.</summary>
    New,

    /// <summary>Too short to compare (a heading, a line of a few words), or longer than one paragraph can be.</summary>
    Skipped,
}
