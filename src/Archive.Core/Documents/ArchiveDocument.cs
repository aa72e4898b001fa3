namespace Archive.Core.Documents;

/// <summary>One language version of one outcome document, paragraph by paragraph, with its provenance.</summary>
/// <param name="Id">Stable id derived from the metadata, e.g. <c>bpmc6-2016-cochairs-en</c>.</param>
/// <param name="Source">The file's path relative to the corpus folder, with forward slashes.</param>
/// <param name="Format">"pdf", "html" or "text".</param>
/// <param name="Symbol">A document symbol printed on the document (e.g. "BP/MC8/2023/1"), if one was found.</param>
/// <param name="Sha256">Hex SHA-256 of the source file, so a later stage can tell when it changed.</param>
/// <param name="Footnotes">Footnotes found at the foot of pages, kept out of the paragraphs that cite them.</param>
/// <param name="Warnings">What the ingester could not trust or had to infer.</param>
/// <param name="OcrPages">1-based pages whose text was read by OCR from their images; empty when none were.</param>
/// <param name="OcrConfidence">The mean confidence of all words read by OCR, 0-1; null when none were.</param>
public sealed record ArchiveDocument(
    string Id,
    string Source,
    string Format,
    DocumentLanguage Language,
    DocumentMetadata Metadata,
    string? Symbol,
    int PageCount,
    string Sha256,
    IReadOnlyList<Paragraph> Paragraphs,
    IReadOnlyList<Footnote> Footnotes,
    IReadOnlyList<string> Warnings,
    string? CounterpartId = null,
    IReadOnlyList<int>? OcrPages = null,
    double? OcrConfidence = null)
{
    /// <summary>Whether any of the document's text was read by OCR.</summary>
    public bool Ocr => OcrConfidence is not null;

    /// <summary>Documents in two languages that share a work key are translations of each other.</summary>
    public string WorkKey => DocumentIdentity.WorkKey(Id);
}
