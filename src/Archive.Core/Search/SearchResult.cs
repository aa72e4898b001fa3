using Archive.Core.Documents;
using Archive.Core.Indexing;

namespace Archive.Core.Search;

/// <summary>One page of search results, with facet counts over all matches.</summary>
/// <param name="Total">Paragraphs (or documents, when collapsed) that match.</param>
/// <param name="Relaxed">True when no paragraph had every word and the hits are those with some of them.</param>
/// <param name="Facets">Counts over all matches by "type", "language", "conference" and "year".</param>
/// <param name="Mode">How the hits were ranked.</param>
/// <param name="Generation">The index generation searched: what else a caller shows of the hits (their commitments) is read from it.</param>
/// <param name="MeaningUnavailable">Why the mode asked for could not be used (e.g. the embedding provider is down); null when it was.</param>
public sealed record SearchResult(
    int Total,
    bool Relaxed,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets,
    SearchMode Mode,
    ServedGeneration Generation,
    string? MeaningUnavailable = null);

/// <summary>A paragraph found, why, and how well.</summary>
/// <param name="Highlight">The paragraph's text, HTML-encoded, with the words that matched in &lt;mark&gt;.</param>
/// <param name="Snippet">The sentences that matched, highlighted the same way, "…" where text was left out (<see cref="HitText.Snippet"/>).</param>
/// <param name="Matched">Each query clause that matched this paragraph, with its share of the score.</param>
/// <param name="Score">The score that set the rank (BM25 in lexical mode, the fused score in hybrid, the cosine in semantic).</param>
/// <param name="Counterpart">The aligned paragraph in the other language, when there is one.</param>
/// <param name="Scores">The scores and ranks the rank was made of.</param>
public sealed record SearchHit(
    ArchiveDocument Document,
    Paragraph Paragraph,
    double Score,
    string Highlight,
    string Snippet,
    IReadOnlyList<MatchedClause> Matched,
    Paragraph? Counterpart,
    HitScores Scores);

/// <summary>
/// What made a hit's rank: its lexical score (BM25) and rank among the lexical matches, its cosine similarity to the
/// query and rank by it, each null where that ranking was not used.
/// </summary>
public sealed record HitScores(double? Lexical, int? LexicalRank, double? Semantic, int? SemanticRank)
{
    public static HitScores LexicalOnly(double score, int rank) => new(score, rank, null, null);
}

/// <summary>One reason a paragraph matched.</summary>
/// <param name="Term">The query word or phrase (or the glossary translation) that matched.</param>
/// <param name="QueryTerm">The word or phrase the user typed that it stands for.</param>
/// <param name="Source">Typed, or a glossary translation of what was typed.</param>
/// <param name="Via">The paragraph's own text (stemmed or word for word) or the text of its translation.</param>
/// <param name="Score">This clause's contribution to the score (BM25).</param>
public sealed record MatchedClause(string Term, string QueryTerm, MatchSource Source, MatchVia Via, double Score);

/// <summary>How many matches have a value.</summary>
public sealed record FacetCount(string Value, int Count);
