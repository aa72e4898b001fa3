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

/// <summary>The API and command-line spellings of <see cref="SearchMode"/> and <see cref="SearchSort"/>.</summary>
public static class SearchSpellings
{
    /// <summary>Every mode's spelling, '|'-separated, for the hosts' validation.</summary>
    public const string Modes = "lexical|hybrid|semantic";

    /// <summary>Every sort's spelling, '|'-separated, for the hosts' validation.</summary>
    public const string Sorts = "relevance|date|date-asc";

    public static string ToCode(this SearchMode mode) => mode.ToString().ToLowerInvariant();

    /// <summary>A mode's spelling (any case), or null for none or an unknown one.</summary>
    public static SearchMode? ParseMode(string? code) =>
        Enum.TryParse<SearchMode>(code, ignoreCase: true, out var mode) && Enum.IsDefined(mode) ? mode : null;

    public static string ToCode(this SearchSort sort) => sort switch
    {
        SearchSort.Newest => "date",
        SearchSort.Oldest => "date-asc",
        _ => "relevance",
    };

    /// <summary>"date" (newest first), "date-asc" (oldest first); anything else is relevance.</summary>
    public static SearchSort ParseSort(string? code) => code switch
    {
        "date" => SearchSort.Newest,
        "date-asc" => SearchSort.Oldest,
        _ => SearchSort.Relevance,
    };
}
