namespace Archive.Contracts;

/// <summary>One document in a list.</summary>
/// <param name="Id">Stable id, e.g. bpmc6-2016-cochairs-en.</param>
/// <param name="Source">The file's path relative to the corpus folder.</param>
/// <param name="Date">ISO 8601 at the precision known: 2016-03-23, 2009-04.</param>
/// <param name="Issuer">Who issued the document ("Bali Process", "Security Council"); null when unknown.</param>
/// <param name="Sample">True for the bundled illustrative documents, which are not official text.</param>
/// <param name="CounterpartId">The document's version in the other language, if the archive has it.</param>
/// <param name="Citation">How to cite the document, in its own language.</param>
public sealed record DocumentSummaryResponse(
    string Id,
    string Title,
    string Language,
    string Type,
    int? Conference,
    string? Date,
    string? Place,
    string? Issuer,
    bool Sample,
    string Source,
    string Format,
    int Pages,
    int Paragraphs,
    string? CounterpartId,
    string Citation,
    string Url);
