namespace Archive.Core.Search;

/// <summary>The order of hits.</summary>
public enum SearchSort
{
    /// <summary>Best match first.</summary>
    Relevance,

    /// <summary>Newest document first, then paragraph order.</summary>
    Newest,

    /// <summary>Oldest document first, then paragraph order.</summary>
    Oldest,
}
