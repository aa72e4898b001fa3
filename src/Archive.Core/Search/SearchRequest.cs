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
    SearchMode? Mode = null)
{
    /// <summary>Most hits per page.</summary>
    public const int MaxK = 100;

    /// <summary>Deepest offset a page may start at.</summary>
    public const int MaxOffset = 10_000;

    /// <exception cref="ArgumentOutOfRangeException">A page outside the limits.</exception>
    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(K, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(K, MaxK);
        ArgumentOutOfRangeException.ThrowIfNegative(Offset);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Offset, MaxOffset);
    }
}
