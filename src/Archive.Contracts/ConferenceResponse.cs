namespace Archive.Contracts;

/// <summary>A Ministerial Conference and the documents of it the archive holds.</summary>
/// <param name="Name">Its name in English.</param>
/// <param name="NameId">Its name in Indonesian.</param>
public sealed record ConferenceResponse(
    int Number,
    string Name,
    string NameId,
    string? Date,
    string? Place,
    IReadOnlyList<DocumentSummaryResponse> Documents);
