using System.Text.Json.Serialization;

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

/// <summary>
/// A paragraph found. The compact hit has the positional fields; the others are present when asked for
/// (<c>view=full</c>, or by group in <c>fields=</c>, see <see cref="HitFields"/>) and known.
/// </summary>
/// <param name="Citation">How to cite the paragraph.</param>
/// <param name="Score">The score that set the rank: BM25 in lexical mode, the fused score in hybrid, the cosine in semantic.</param>
/// <param name="Snippet">The sentences that matched, HTML-encoded, matched words in &lt;mark&gt;, "…" where text was left out.</param>
/// <param name="CounterpartId">The aligned paragraph in the other language, when there is one.</param>
public sealed record SearchHitResponse(
    string Id,
    string Language,
    string Citation,
    double Score,
    string Snippet,
    string? CounterpartId,
    string Permalink)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? DocumentId { get; init; }

    /// <summary>Mean confidence (0-1) of the paragraph's words read by OCR; present only when some were.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? OcrConfidence { get; init; }

    /// <summary>The source file, relative to the corpus folder.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Source { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Title { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Type { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Conference { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Date { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? Sample { get; init; }

    /// <summary>The printed paragraph number; absent when unnumbered (see <see cref="Anchor"/>).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Paragraph { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Anchor { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<int>? Pages { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Text { get; init; }

    /// <summary>The whole text, HTML-encoded, with matched words in &lt;mark&gt;.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Highlight { get; init; }

    /// <summary>What the rank was made of: the lexical score and rank, the cosine similarity and its rank.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ScoresResponse? Scores { get; init; }

    /// <summary>Why it matched: each query term, where it matched and its share of the score.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<MatchedResponse>? Matched { get; init; }

    /// <summary>The aligned paragraph in the other language: its text and citation.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public CounterpartResponse? Counterpart { get; init; }

    /// <summary>The operative clauses the paragraph contains, with their strength and lineage status.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<HitCommitmentResponse>? Commitments { get; init; }
}

/// <summary>The scores behind a hit's rank; null where that ranking was not used or did not place the hit.</summary>
/// <param name="Lexical">BM25 score.</param>
/// <param name="LexicalRank">Rank among the lexical matches (1 = best).</param>
/// <param name="Semantic">Cosine similarity of the paragraph's embedding and the query's.</param>
/// <param name="SemanticRank">Rank by cosine among the paragraphs close enough to count as matches.</param>
public sealed record ScoresResponse(double? Lexical, int? LexicalRank, double? Semantic, int? SemanticRank);

/// <summary>One reason a hit matched.</summary>
/// <param name="Term">What matched: the word or phrase typed, or its translation.</param>
/// <param name="QueryTerm">The part of the query it stands for.</param>
/// <param name="Source">query (typed), glossary (translated by the glossary) or learned (translated by the word translations the index learned from the archive's paired paragraphs; only in paragraphs without a counterpart).</param>
/// <param name="Via">text (the paragraph, stemmed), exact (the paragraph, word for word) or counterpart (its translation).</param>
public sealed record MatchedResponse(string Term, string QueryTerm, string Source, string Via, double Score);

/// <summary>The aligned paragraph in the other language.</summary>
public sealed record CounterpartResponse(string Id, string Language, string Text, string Citation);

/// <summary>How many matches have a value.</summary>
public sealed record FacetResponse(string Value, int Count);
