using System.Diagnostics;
using Archive.Core.Documents;
using Archive.Core.Extraction;
using Archive.Core.Telemetry;
using Microsoft.Extensions.Logging;

namespace Archive.Core.Ingestion;

/// <summary>
/// Ingests a corpus folder: every supported file below it (names starting with "_" or "." are skipped, so the
/// corpus's own sources and notes can live beside it), one at a time, each failure reported and the run going on.
/// </summary>
public sealed partial class CorpusIngestor(FileTextExtractor extractor, ArchiveMetrics metrics, ILogger<CorpusIngestor> logger)
{
    /// <summary>The files an ingest of the folder would read, relative paths with forward slashes, in order.</summary>
    public IReadOnlyList<string> ListFiles(string corpusDirectory)
    {
        if (!Directory.Exists(corpusDirectory))
        {
            throw new DirectoryNotFoundException($"the corpus folder {corpusDirectory} does not exist");
        }

        return [.. Directory.EnumerateFiles(corpusDirectory, "*", SearchOption.AllDirectories)
            .Select(f => CorpusLayout.Relative(corpusDirectory, f))
            .Where(f => !CorpusLayout.IsIgnored(f))
            .Where(f => !Path.GetFileName(f).Equals(CorpusCatalog.FileName, StringComparison.OrdinalIgnoreCase))
            .Where(extractor.Supports)
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>Ingests every file of the folder, reports each, and pairs the translations among them.</summary>
    /// <param name="corpusDirectory">The corpus folder.</param>
    /// <param name="progress">Told of each file as it is done.</param>
    /// <param name="cancellationToken">Stops the run between files (and between pages of a PDF).</param>
    public async Task<IngestResult> IngestAsync(string corpusDirectory, IProgress<FileReport>? progress, CancellationToken cancellationToken)
    {
        var files = ListFiles(corpusDirectory);
        var catalog = await CorpusCatalog.LoadAsync(corpusDirectory, cancellationToken);
        var corpusWarnings = new List<string>();
        if (catalog.Error is not null)
        {
            corpusWarnings.Add(catalog.Error);
        }

        var reports = new List<FileReport>();
        var documents = new List<ArchiveDocument>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (fileReport, document) = await IngestFileAsync(Path.Combine(corpusDirectory, file), file, catalog.Find(file), ids, cancellationToken);
            reports.Add(fileReport);
            if (document is not null)
            {
                documents.Add(document);
            }

            progress?.Report(fileReport);
        }

        foreach (var missing in catalog.Entries.Where(e => !files.Contains(e.File.Replace('\\', '/'), StringComparer.Ordinal)))
        {
            corpusWarnings.Add($"{CorpusCatalog.FileName} lists {missing.File}, which is not in the corpus");
        }

        var paired = TranslationPairer.Pair(documents, corpusWarnings);
        var report = new IngestReport(reports, corpusWarnings);
        LogIngested(logger, report.Ingested, report.Failed);
        return new IngestResult(new DocumentLibrary(paired), report);
    }

    /// <summary>
    /// Ingests one file on its own, with the metadata of the catalog in its folder when that lists it.
    /// </summary>
    public async Task<(FileReport Report, ArchiveDocument? Document)> IngestFileAsync(string path, CancellationToken cancellationToken)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var file = Path.GetFileName(path);
        var catalog = await CorpusCatalog.LoadAsync(folder, cancellationToken);
        return await IngestFileAsync(path, file, catalog.Find(file), [], cancellationToken);
    }

    /// <summary>
    /// Ingests a file that is not in the corpus yet (an upload being checked) as the corpus will read it once it is
    /// there: under its relative path and with its catalog entry, so the report and the id are the ones it will have.
    /// </summary>
    public Task<(FileReport Report, ArchiveDocument? Document)> IngestStagedAsync(
        string stagedPath, string relativePath, CatalogEntry entry, CancellationToken cancellationToken) =>
        IngestFileAsync(stagedPath, relativePath, entry, [], cancellationToken);

    private async Task<(FileReport Report, ArchiveDocument? Document)> IngestFileAsync(
        string path, string file, CatalogEntry? entry, HashSet<string> ids, CancellationToken cancellationToken)
    {
        using var activity = ArchiveMetrics.Activities.StartActivity("archive.ingest.file");
        var (report, document) = await ReadFileAsync(path, file, entry, ids, cancellationToken);
        var status = report.Status switch
        {
            FileStatus.Ingested => "ingested",
            FileStatus.IngestedWithWarnings => "ingested-with-warnings",
            _ => "failed",
        };
        metrics.FileIngested(status);
        activity?.SetTag("archive.ingest.status", status);
        activity?.SetTag("archive.ingest.failure", report.Failure?.ToString());
        return (report, document);
    }

    private async Task<(FileReport Report, ArchiveDocument? Document)> ReadFileAsync(
        string path, string file, CatalogEntry? entry, HashSet<string> ids, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            var (extracted, sha256) = await extractor.ExtractAsync(path, cancellationToken);
            var (document, source) = DocumentAssembler.Assemble(file, sha256, extracted, entry);
            document = WithUniqueId(document, ids);
            var status = document.Warnings.Count == 0 ? FileStatus.Ingested : FileStatus.IngestedWithWarnings;
            var report = new FileReport(file, status, document.Id, document.Format, document.Language, document.Metadata.Type,
                document.Metadata.Conference, document.Paragraphs.Count, document.PageCount, source, document.Warnings, null, null, clock.Elapsed,
                document.OcrPages ?? [], document.OcrConfidence);
            return (report, document);
        }
        catch (ExtractionFailedException ex)
        {
            LogFailed(logger, file, ex.Failure);
            return (Failed(file, ex.Failure, ex.Message, clock.Elapsed), null);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Any fault while reading, structuring or assembling one file is that file's failure, never the run's.
            LogUnexpected(logger, file, ex);
            var message = $"the file could not be read into paragraphs ({ex.GetType().Name}: {ex.Message}); the rest of the corpus was read";
            return (Failed(file, ExtractionFailure.Unexpected, message, clock.Elapsed), null);
        }
    }

    private static FileReport Failed(string file, ExtractionFailure failure, string message, TimeSpan elapsed) =>
        new(file, FileStatus.Failed, null, null, null, null, null, 0, 0, null, [], failure, message, elapsed);

    /// <summary>Two files that derive the same id (a duplicate copy, say) must not shadow each other.</summary>
    private static ArchiveDocument WithUniqueId(ArchiveDocument document, HashSet<string> ids)
    {
        if (ids.Add(document.Id))
        {
            return document;
        }

        var language = document.Language.ToCode();
        var stem = DocumentIdentity.WorkKey(document.Id);
        var copy = 2;
        string id;
        while (!ids.Add(id = $"{stem}-{copy}-{language}"))
        {
            copy++;
        }

        return document with
        {
            Id = id,
            Paragraphs = [.. document.Paragraphs.Select(p => p with { Id = DocumentIdentity.ParagraphId(id, p.Anchor) })],
            Warnings = [.. document.Warnings, $"another file already has the id {document.Id}; this one is {id}"],
        };
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Ingested {Ingested} files, {Failed} failed")]
    private static partial void LogIngested(ILogger logger, int ingested, int failed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not ingest {File}: {Failure}")]
    private static partial void LogFailed(ILogger logger, string file, ExtractionFailure failure);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not ingest {File}: an unexpected fault; the run goes on")]
    private static partial void LogUnexpected(ILogger logger, string file, Exception exception);
}
