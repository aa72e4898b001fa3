using Archive.Core.Documents;

namespace Archive.Core.Precedent;

/// <summary>An agreed paragraph close to the draft, and how it differs.</summary>
/// <param name="Similarity">Closeness of wording, 2 × shared words ÷ all words (word diff).</param>
/// <param name="Semantic">Cosine of the two texts' embeddings, when meaning was used.</param>
public sealed record PrecedentMatch(
    ArchiveDocument Document,
    Paragraph Paragraph,
    double Similarity,
    double? Semantic,
    DiffOutcome Diff,
    IReadOnlyList<VerbatimSpan> Verbatim,
    ArchiveDocument? CounterpartDocument,
    Paragraph? Counterpart);
