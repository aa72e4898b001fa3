namespace Archive.Api.Contracts;

/// <summary>One page of search results.</summary>
/// <param name="Total">Paragraphs that match (documents, when collapsed).</param>
/// <param name="Relaxed">True when no paragraph had every word: the hits have some of them.</param>
/// <param name="Facets">Counts over all matches by type, language, conference and year.</param>
public sealed record SearchResponse(
    string Query,
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
/// <param name="Score">The relevance score (BM25) that set the rank.</param>
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
    IReadOnlyList<MatchedResponse> Matched,
    CounterpartResponse? Counterpart,
    IReadOnlyList<HitCommitmentResponse> Commitments,
    string Permalink);

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
