namespace Archive.Contracts;

/// <summary>One paragraph with its document and its counterpart.</summary>
/// <param name="Ocr">True when the text, or part of it, was read by OCR from page images.</param>
/// <param name="OcrConfidence">Mean confidence of its words read by OCR, 0-1; null when none were.</param>
public sealed record ParagraphDetailResponse(
    string Id,
    string DocumentId,
    string DocumentTitle,
    string Language,
    string Anchor,
    string? Number,
    string? Section,
    string? Attachment,
    IReadOnlyList<int> Pages,
    string Source,
    bool Sample,
    string Text,
    string Citation,
    CounterpartResponse? Counterpart,
    string Permalink,
    bool Ocr,
    double? OcrConfidence);
