using Archive.Core.Documents;

namespace Archive.Core.Drafts;

/// <summary>A whole draft checked paragraph by paragraph against agreed text.</summary>
/// <param name="Language">The draft's language, given or detected; precedents are in it.</param>
/// <param name="UsedMeaning">True when precedents were found by meaning (embeddings) as well as by words.</param>
/// <param name="MeaningUnavailable">Why meaning could not be used, when embeddings are on but failing.</param>
public sealed record DraftReview(
    Draft Draft,
    DocumentLanguage Language,
    IReadOnlyList<DraftParagraphReview> Paragraphs,
    bool UsedMeaning,
    string? MeaningUnavailable)
{
    public int Count(DraftStatus status) => Paragraphs.Count(p => p.Status == status);

    /// <summary>Paragraphs whose commitment binds less than their source's.</summary>
    public int Weakened => Paragraphs.Count(p => p.Change == StrengthChange.Weakened);
}
