namespace Archive.Core.Documents;

/// <summary>
/// One paragraph of one language version of one document: the unit the archive cites, indexes and compares.
/// </summary>
/// <param name="Id">Stable id, the document id and the anchor: <c>bpmc6-2016-cochairs-en/p4</c>.</param>
/// <param name="Anchor">The anchor inside the document: <c>p4</c> for printed number 4, <c>A-p2</c> for paragraph 2
/// of Attachment A, <c>u1</c> for the first unnumbered paragraph.</param>
/// <param name="Number">The printed number ("4", "2.1"), or null for an unnumbered paragraph.</param>
/// <param name="Ordinal">1-based position of the paragraph in the document.</param>
/// <param name="Section">The heading of the section the paragraph stands in, if any.</param>
/// <param name="Attachment">The attachment label ("A") when the paragraph is in an attachment, else null.</param>
/// <param name="Pages">1-based pages of the source the paragraph stands on (empty for HTML and text).</param>
/// <param name="Text">The text; sub-items start on their own lines.</param>
/// <param name="Citation">The citation in the document's own language.</param>
/// <param name="CounterpartId">The aligned paragraph of the other language version, if any.</param>
/// <param name="OcrConfidence">For a paragraph read by OCR from page images (wholly or partly), the mean confidence of
/// its recognised words, 0-1; null for text from a text layer or a text format.</param>
/// <param name="Footnotes">The markers of the document's footnotes the paragraph cites, in order (their markers are not in <see cref="Text"/>).</param>
public sealed record Paragraph(
    string Id,
    string Anchor,
    string? Number,
    int Ordinal,
    string? Section,
    string? Attachment,
    IReadOnlyList<int> Pages,
    string Text,
    string Citation,
    string? CounterpartId = null,
    double? OcrConfidence = null,
    IReadOnlyList<string>? Footnotes = null)
{
    /// <summary>Whether the paragraph's text, or part of it, was read by OCR.</summary>
    public bool Ocr => OcrConfidence is not null;
}
