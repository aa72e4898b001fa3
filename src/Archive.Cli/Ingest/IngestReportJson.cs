using Archive.Core.Documents;
using Archive.Core.Extraction;
using Archive.Core.Ingestion;

namespace Archive.Cli.Ingest;

/// <summary>The ingest report as <c>archive ingest --json</c> prints it.</summary>
internal sealed record IngestReportJson(string Corpus, int Ingested, int Failed, IReadOnlyList<IngestReportJson.File> Files, IReadOnlyList<string> CorpusWarnings)
{
    public static IngestReportJson From(string corpus, IngestReport report) => new(
        corpus,
        report.Ingested,
        report.Failed,
        [.. report.Files.Select(f => new File(
            f.Path,
            f.Status,
            f.DocumentId,
            f.Format,
            f.Language?.ToCode(),
            f.Type?.ToCode(),
            f.Conference,
            f.Paragraphs,
            f.Pages,
            f.MetadataSource?.ToCode(),
            f.Warnings,
            f.Failure,
            f.Error,
            (long)f.Elapsed.TotalMilliseconds,
            f.Ocr,
            f.OcrPages ?? [],
            f.OcrConfidence))],
        report.CorpusWarnings);

    internal sealed record File(
        string Path,
        FileStatus Status,
        string? DocumentId,
        string? Format,
        string? Language,
        string? Type,
        int? Conference,
        int Paragraphs,
        int Pages,
        string? MetadataSource,
        IReadOnlyList<string> Warnings,
        ExtractionFailure? Failure,
        string? Error,
        long ElapsedMs,
        bool Ocr,
        IReadOnlyList<int> OcrPages,
        double? OcrConfidence);
}
