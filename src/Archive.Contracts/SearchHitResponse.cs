using System.Text.Json.Serialization;

namespace Archive.Contracts;

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
