namespace Archive.Contracts;

/// <summary>A whole draft checked against agreed text, paragraph by paragraph.</summary>
/// <param name="Language">The draft's language (given or detected); precedents are in it, with their counterparts in the other.</param>
/// <param name="Title">The draft's own title, where its file has one.</param>
/// <param name="Warnings">What reading the draft noticed, e.g. tracked changes read as accepted.</param>
/// <param name="UsedMeaning">True when precedents were found by meaning (embeddings) as well as by words.</param>
/// <param name="MeaningProblem">Why meaning could not be used, when embeddings are on but failing.</param>
public sealed record DraftReviewResponse(
    string Language,
    string? Title,
    IReadOnlyList<string> Warnings,
    bool UsedMeaning,
    string? MeaningProblem,
    DraftSummaryResponse Summary,
    IReadOnlyList<DraftParagraphResponse> Paragraphs);
