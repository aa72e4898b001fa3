using Archive.Core.Extraction.Ocr;

namespace Archive.Core.Structuring;

/// <summary>A paragraph as the structurer recognised it, before it gets ids and a citation.</summary>
/// <param name="Anchor">Anchor inside the document: "p4", "A-p2", "u1".</param>
/// <param name="Number">Printed number, or null for unnumbered paragraphs.</param>
/// <param name="UnnumberedOrdinal">For an unnumbered paragraph, its position among the unnumbered paragraphs of its part.</param>
/// <param name="Ocr">The paragraph's words read by OCR, if any.</param>
public sealed record StructuredParagraph(
    string Anchor,
    string? Number,
    int UnnumberedOrdinal,
    string? Section,
    string? Attachment,
    IReadOnlyList<int> Pages,
    string Text,
    OcrTally Ocr = default)
{
    /// <summary>Markers of the footnotes the paragraph cites, in order, each once.</summary>
    public IReadOnlyList<string> NoteRefs { get; init; } = [];
}
