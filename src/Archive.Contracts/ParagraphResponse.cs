namespace Archive.Contracts;

/// <summary>One paragraph with its provenance and citation.</summary>
/// <param name="Id">Stable id: document id and anchor, e.g. bpmc6-2016-cochairs-en/p4.</param>
/// <param name="Anchor">Anchor in the document: p4, A-p2 (Attachment A), u1 (first unnumbered paragraph).</param>
/// <param name="Number">The printed paragraph number, or null when unnumbered.</param>
/// <param name="Pages">Pages of the source file the paragraph stands on (empty for HTML and text).</param>
/// <param name="CounterpartId">The aligned paragraph of the other language version, if any.</param>
/// <param name="Permalink">The paragraph's place in the document view.</param>
/// <param name="Ocr">True when the text, or part of it, was read by OCR from page images.</param>
/// <param name="Footnotes">Markers of the document's footnotes this paragraph cites (their texts are in the document's footnotes).</param>
/// <param name="OcrConfidence">Mean confidence of its words read by OCR, 0-1; null when none were.</param>
public sealed record ParagraphResponse(
    string Id,
    string Anchor,
    string? Number,
    string? Section,
    string? Attachment,
    IReadOnlyList<int> Pages,
    string Text,
    string Citation,
    string? CounterpartId,
    string Permalink,
    bool Ocr,
    double? OcrConfidence,
    IReadOnlyList<string> Footnotes);
