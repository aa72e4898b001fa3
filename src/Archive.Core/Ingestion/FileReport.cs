using Archive.Core.Documents;
using Archive.Core.Extraction;

namespace Archive.Core.Ingestion;

/// <summary>One line of the ingest report: what became of one file.</summary>
/// <param name="Path">The file's path relative to the corpus folder.</param>
/// <param name="MetadataSource">The catalog, or inferred from the text.</param>
/// <param name="Failure">Why the file failed, when it did.</param>
/// <param name="Error">The failure, said to a person.</param>
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
    TimeSpan Elapsed);
