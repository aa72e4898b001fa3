using Archive.Core.Documents;

namespace Archive.Core.Search;

/// <summary>What to search for and how to page, filter and sort the paragraphs found.</summary>
/// <param name="Query">The query as typed (see <see cref="QuerySyntax"/>).</param>
/// <param name="Language">Only paragraphs in this language; <see cref="DocumentLanguage.Unknown"/> for any.</param>
/// <param name="FromYear">Earliest year, inclusive.</param>
/// <param name="ToYear">Latest year, inclusive.</param>
/// <param name="K">Hits per page. Default 10.</param>
/// <param name="Offset">Hits to skip. Default 0.</param>
/// <param name="Exact">Search the unstemmed text only: no stemming, glossary or counterparts.</param>
/// <param name="CollapseDocuments">At most one hit (the best) per document.</param>
/// <param name="Mode">How to rank; null for the default (hybrid when embeddings are on, else lexical).</param>
public sealed record SearchRequest(
    string Query,
    DocumentLanguage Language = DocumentLanguage.Unknown,
    DocumentType? Type = null,
    int? Conference = null,
    int? FromYear = null,
    int? ToYear = null,
    bool? Sample = null,
    int K = 10,
    int Offset = 0,
    SearchSort Sort = SearchSort.Relevance,
    bool Exact = false,
    bool CollapseDocuments = false,
    SearchMode? Mode = null);

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
