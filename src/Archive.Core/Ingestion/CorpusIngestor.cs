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
    private const string DuplicateIdWarning = "another file already has the id ";

    /// <summary>What reads a file into a document: a document read by another version may differ and is read again.</summary>
    public string ReaderVersion => extractor.Version;

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
    public async Task<IngestResult> IngestAsync(string corpusDirectory, IProgress<FileReport>? progress, CancellationToken cancellationToken) =>
        await IngestAsync(corpusDirectory, ListFiles(corpusDirectory), await CorpusCatalog.LoadAsync(corpusDirectory, cancellationToken), progress, cancellationToken);

    /// <summary>Ingests the given files of the folder (as <see cref="ListFiles"/> lists them) with the catalog read by the caller.</summary>
    public async Task<IngestResult> IngestAsync(
        string corpusDirectory, IReadOnlyList<string> files, CorpusCatalog catalog, IProgress<FileReport>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(catalog);
        var read = new List<(FileReport Report, ArchiveDocument? Document)>(files.Count);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (fileReport, document) = await IngestFileAsync(Path.Combine(corpusDirectory, file), file, catalog.Find(file), ids, cancellationToken);
            read.Add((fileReport, document));
            progress?.Report(fileReport);
        }

        return Assemble(files, catalog, read);
    }

    /// <summary>
    /// Brings an earlier ingest up to date: reads only the <paramref name="changed"/> files (and those it has no line
    /// for, or that failed), keeps every other file's document and report line, and pairs the translations again, so the result is
    /// what <see cref="IngestAsync(string, IReadOnlyList{string}, CorpusCatalog, IProgress{FileReport}?, CancellationToken)"/>
    /// would give.
    /// </summary>
    /// <returns>The result, or null when only a whole ingest gives it: two files claim one id, and which keeps it
    /// depends on every file's order.</returns>
    public async Task<IngestUpdate?> IngestChangesAsync(
        string corpusDirectory,
        IReadOnlyList<string> files,
        CorpusCatalog catalog,
        IngestResult previous,
        IReadOnlySet<string> changed,
        IProgress<FileReport>? progress,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(changed);
        if (previous.Library.Documents.Any(d => d.Warnings.Any(IsDuplicateIdWarning)))
        {
            return null;
        }

        var lines = previous.Report.Files.ToDictionary(f => f.Path, StringComparer.Ordinal);
        var kept = new Dictionary<string, (FileReport Report, ArchiveDocument? Document)>(StringComparer.Ordinal);
        // A file that failed is tried again: it may have been half-copied, or the reader's tools missing.
        foreach (var file in files)
        {
            if (changed.Contains(file) || !lines.TryGetValue(file, out var line) || line.Status == FileStatus.Failed)
            {
                continue;
            }

            var document = line.DocumentId is { } id ? previous.Library.FindDocument(id) : null;
            kept[file] = (line, document is null ? null : Unpaired(document));
        }

        var ids = kept.Values.Select(k => k.Document?.Id).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var touched = lines.Keys.Except(files, StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal);
        var reread = 0;
        var read = new List<(FileReport Report, ArchiveDocument? Document)>(files.Count);
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (kept.TryGetValue(file, out var same))
            {
                read.Add(same);
                continue;
            }

            var (fileReport, document) = await IngestFileAsync(Path.Combine(corpusDirectory, file), file, catalog.Find(file), [], cancellationToken);
            if (document is not null && !ids.Add(document.Id))
            {
                return null;
            }

            read.Add((fileReport, document));
            touched.Add(file);
            reread++;
            progress?.Report(fileReport);
        }

        return new IngestUpdate(Assemble(files, catalog, read), reread, touched);
    }

    /// <summary>The documents and report of files read (in the files' order), with the catalog's warnings and the translations paired.</summary>
    private IngestResult Assemble(IReadOnlyList<string> files, CorpusCatalog catalog, List<(FileReport Report, ArchiveDocument? Document)> read)
    {
        var corpusWarnings = new List<string>();
        if (catalog.Error is not null)
        {
            corpusWarnings.Add(catalog.Error);
        }

        var listed = files.ToHashSet(StringComparer.Ordinal);
        foreach (var missing in catalog.Entries.Where(e => !listed.Contains(e.File.Replace('\\', '/'))))
        {
            corpusWarnings.Add($"{CorpusCatalog.FileName} lists {missing.File}, which is not in the corpus");
        }

        var paired = TranslationPairer.Pair([.. read.Select(r => r.Document).OfType<ArchiveDocument>()], corpusWarnings);
        var report = new IngestReport([.. read.Select(r => r.Report)], corpusWarnings);
        LogIngested(logger, report.Ingested, report.Failed);
        return new IngestResult(new DocumentLibrary(paired), report);
    }

    /// <summary>A document as it was read, before <see cref="TranslationPairer"/> linked it to its translation.</summary>
    private static ArchiveDocument Unpaired(ArchiveDocument document) => document.CounterpartId is null && document.Paragraphs.All(p => p.CounterpartId is null)
        ? document
        : document with { CounterpartId = null, Paragraphs = [.. document.Paragraphs.Select(p => p with { CounterpartId = null })] };

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
            Warnings = [.. document.Warnings, $"{DuplicateIdWarning}{document.Id}; this one is {id}"],
        };
    }

    private static bool IsDuplicateIdWarning(string warning) => warning.StartsWith(DuplicateIdWarning, StringComparison.Ordinal);

    [LoggerMessage(Level = LogLevel.Information, Message = "Ingested {Ingested} files, {Failed} failed")]
    private static partial void LogIngested(ILogger logger, int ingested, int failed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not ingest {File}: {Failure}")]
    private static partial void LogFailed(ILogger logger, string file, ExtractionFailure failure);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not ingest {File}: an unexpected fault; the run goes on")]
    private static partial void LogUnexpected(ILogger logger, string file, Exception exception);
}
