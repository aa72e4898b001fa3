namespace Archive.Core.Search;

/// <summary>Where a matched term came from.</summary>
public enum MatchSource
{
    /// <summary>Typed in the query.</summary>
    Query,

    /// <summary>A glossary translation of what was typed.</summary>
    Glossary,

    /// <summary>
    /// A translation of a typed word learned from the archive's aligned paragraphs (the index generation's lexicon),
    /// looked for in paragraphs without a counterpart.
    /// </summary>
    Learned,
}

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

public static class MatchOrigins
{
    /// <summary>The spelling on the wire and on the command line: "query", "glossary", "learned"; "text", "exact", "counterpart".</summary>
    public static string ToCode(this MatchSource source) => source.ToString().ToLowerInvariant();

    /// <inheritdoc cref="ToCode(MatchSource)"/>
    public static string ToCode(this MatchVia via) => via.ToString().ToLowerInvariant();
}
