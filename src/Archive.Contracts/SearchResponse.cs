namespace Archive.Contracts;

/// <summary>One page of search results.</summary>
/// <param name="Total">Paragraphs that match (documents, when collapsed).</param>
/// <param name="Relaxed">True when no paragraph had every word: the hits have some of them.</param>
/// <param name="Facets">Counts over all matches by type, language, conference and year.</param>
/// <param name="Mode">How the hits were ranked: lexical, hybrid or semantic.</param>
/// <param name="Fallback">Why the mode asked for could not be used and the search was lexical (e.g. the embedding provider is down); null when it was used.</param>
public sealed record SearchResponse(
    string Query,
    string Mode,
    string? Fallback,
    int Total,
    bool Relaxed,
    int Offset,
    int K,
    IReadOnlyList<SearchHitResponse> Hits,
    IReadOnlyDictionary<string, IReadOnlyList<FacetResponse>> Facets);

/// <summary>A paragraph found.</summary>
/// <param name="Source">The source file, relative to the corpus folder.</param>
/// <param name="Paragraph">The printed paragraph number, or null when unnumbered (see <paramref name="Anchor"/>).</param>
/// <param name="Highlight">The text, HTML-encoded, with matched words in &lt;mark&gt;.</param>
/// <param name="Score">The score that set the rank: BM25 in lexical mode, the fused score in hybrid, the cosine in semantic.</param>
/// <param name="Scores">What the rank was made of: the lexical score and rank, the cosine similarity and its rank.</param>
/// <param name="Matched">Why it matched: each query term, where it matched and its share of the score.</param>
/// <param name="Commitments">The operative clauses the paragraph contains, with their strength and lineage status.</param>
public sealed record SearchHitResponse(
    string Id,
    string DocumentId,
    string Source,
    string? Paragraph,
    string Anchor,
    string Language,
    string Title,
    string Type,
    int? Conference,
    string? Date,
    bool Sample,
    string Citation,
    IReadOnlyList<int> Pages,
    string Text,
    string Highlight,
    double Score,
    ScoresResponse Scores,
    IReadOnlyList<MatchedResponse> Matched,
    CounterpartResponse? Counterpart,
    IReadOnlyList<HitCommitmentResponse> Commitments,
    string Permalink);

/// <summary>The scores behind a hit's rank; null where that ranking was not used or did not place the hit.</summary>
/// <param name="Lexical">BM25 score.</param>
/// <param name="LexicalRank">Rank among the lexical matches (1 = best).</param>
/// <param name="Semantic">Cosine similarity of the paragraph's embedding and the query's.</param>
/// <param name="SemanticRank">Rank by cosine among the paragraphs close enough to count as matches.</param>
public sealed record ScoresResponse(double? Lexical, int? LexicalRank, double? Semantic, int? SemanticRank);

/// <summary>One reason a hit matched.</summary>
/// <param name="Term">What matched: the word or phrase typed, or its glossary translation.</param>
/// <param name="QueryTerm">The part of the query it stands for.</param>
/// <param name="Source">query (typed) or glossary (translated).</param>
/// <param name="Via">text (the paragraph, stemmed), exact (the paragraph, word for word) or counterpart (its translation).</param>
public sealed record MatchedResponse(string Term, string QueryTerm, string Source, string Via, double Score);

/// <summary>The aligned paragraph in the other language.</summary>
public sealed record CounterpartResponse(string Id, string Language, string Text, string Citation);

/// <summary>How many matches have a value.</summary>
public sealed record FacetResponse(string Value, int Count);
