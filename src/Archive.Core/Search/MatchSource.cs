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
