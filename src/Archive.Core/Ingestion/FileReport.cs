using Archive.Core.Documents;
using Archive.Core.Extraction;

namespace Archive.Core.Ingestion;

/// <summary>One line of the ingest report: what became of one file.</summary>
/// <param name="Path">The file's path relative to the corpus folder.</param>
/// <param name="MetadataSource">The catalog, or inferred from the text.</param>
/// <param name="Failure">Why the file failed, when it did.</param>
/// <param name="Error">The failure, said to a person (for a page that needs OCR, how to enable it).</param>
/// <param name="OcrPages">1-based pages read by OCR; empty when none were.</param>
/// <param name="OcrConfidence">The mean confidence of the words read by OCR, 0-1; null when none were.</param>
public sealed record FileReport(
    string Path,
    FileStatus Status,
    string? DocumentId,
    string? Format,
    DocumentLanguage? Language,
    DocumentType? Type,
    int? Conference,
    int Paragraphs,
    int Pages,
    MetadataSource? MetadataSource,
    IReadOnlyList<string> Warnings,
    ExtractionFailure? Failure,
    string? Error,
    TimeSpan Elapsed,
    IReadOnlyList<int>? OcrPages = null,
    double? OcrConfidence = null)
{
    /// <summary>Whether any of the file's text was read by OCR.</summary>
    public bool Ocr => OcrConfidence is not null;
}
