namespace Archive.Contracts;

/// <summary>A whole document, paragraph by paragraph.</summary>
/// <param name="Issuer">Who issued the document: the organ, body or ministry its citations name as author.</param>
/// <param name="Session">The session or meeting it belongs to, as its cover prints it.</param>
/// <param name="Footnotes">The document's footnotes; each paragraph lists the markers it cites.</param>
/// <param name="Symbol">A document symbol printed on it, if any.</param>
/// <param name="Warnings">What the ingester could not trust or had to infer about this document.</param>
/// <param name="Ocr">True when some of the text was read by OCR from page images.</param>
/// <param name="OcrPages">The pages read by OCR.</param>
/// <param name="OcrConfidence">Mean confidence of the words read by OCR, 0-1; null when none were.</param>
public sealed record DocumentResponse(
    string Id,
    string Title,
    string Language,
    string Type,
    int? Conference,
    string? Date,
    string? Place,
    string? Issuer,
    string? Session,
    bool Sample,
    string Source,
    string Format,
    int Pages,
    string? Symbol,
    string? CounterpartId,
    string Citation,
    IReadOnlyList<ParagraphResponse> Paragraphs,
    IReadOnlyList<FootnoteResponse> Footnotes,
    IReadOnlyList<string> Warnings,
    bool Ocr,
    IReadOnlyList<int> OcrPages,
    double? OcrConfidence);
