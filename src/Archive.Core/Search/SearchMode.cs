namespace Archive.Core.Search;

/// <summary>How hits are found and ranked.</summary>
public enum SearchMode
{
    /// <summary>Words only (BM25 over both languages, the glossary and counterparts).</summary>
    Lexical,

    /// <summary>The lexical matches, re-ranked by a fusion of their lexical rank and their meaning's closeness to the query.</summary>
    Hybrid,

    /// <summary>Every paragraph, ranked by the closeness of its meaning to the query (cosine of embeddings).</summary>
    Semantic,
}
