using Archive.Core.Documents;
using Archive.Core.Extraction.Ocr;

namespace Archive.Core.Extraction;

/// <summary>What an extractor got out of one file, before any structure is recognised.</summary>
/// <param name="Blocks">Paragraph-like blocks in reading order, running headers, footers and page numbers removed.</param>
/// <param name="Footnotes">Footnote text found at the foot of pages.</param>
/// <param name="PageCount">Number of pages (1 for formats without pages).</param>
/// <param name="Warnings">Problems that did not stop extraction, e.g. pages that need OCR.</param>
/// <param name="OcrPages">1-based pages whose text was read by OCR; empty when none were.</param>
/// <param name="Ocr">All words read by OCR and their confidence.</param>
/// <param name="Cover">What the format itself says about the document (a web page's head, say), beside its blocks.</param>
public sealed record ExtractedText(
    string Format,
    IReadOnlyList<TextBlock> Blocks,
    IReadOnlyList<Footnote> Footnotes,
    int PageCount,
    IReadOnlyList<string> Warnings,
    IReadOnlyList<int>? OcrPages = null,
    OcrTally Ocr = default,
    CoverMetadata? Cover = null);
