using Archive.Core.Documents;

namespace Archive.Core.Search;

/// <summary>A paragraph found, why, and how well.</summary>
/// <param name="Marks">The character spans of the paragraph's text that matched, in order and not overlapping.</param>
/// <param name="SnippetParts">The spans of the text a results page shows (<see cref="HitText.SnippetParts"/>).</param>
/// <param name="Matched">Each query clause that matched this paragraph, with its share of the score.</param>
/// <param name="Score">The score that set the rank (BM25 in lexical mode, the fused score in hybrid, the cosine in semantic).</param>
/// <param name="Counterpart">The aligned paragraph in the other language, when there is one.</param>
/// <param name="Scores">The scores and ranks the rank was made of.</param>
public sealed record SearchHit(
    ArchiveDocument Document,
    Paragraph Paragraph,
    double Score,
    IReadOnlyList<(int Start, int End)> Marks,
    IReadOnlyList<(int Start, int End)> SnippetParts,
    IReadOnlyList<MatchedClause> Matched,
    Paragraph? Counterpart,
    HitScores Scores);
