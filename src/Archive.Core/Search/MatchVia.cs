namespace Archive.Core.Search;

/// <summary>Which text of the paragraph a term matched.</summary>
public enum MatchVia
{
    /// <summary>The paragraph's own text, stemmed.</summary>
    Text,

    /// <summary>The paragraph's own text, word for word.</summary>
    Exact,

    /// <summary>The text of its counterpart in the other language.</summary>
    Counterpart,
}
