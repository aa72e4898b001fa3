using System.Globalization;
using Archive.Core.Documents;
using Archive.Core.Indexing;
using Archive.Core.Ingestion;
using Archive.Core.Serving;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Archive.Core.Uploads;

/// <summary>
/// Adds, replaces and removes uploaded documents, one write at a time, so that a crash at any step leaves either the
/// archive as it was or as it is meant to be:
/// <list type="number">
/// <item>the file is checked where it was staged (type, size, the same bytes already here, an id taken, whether it reads into paragraphs);</item>
/// <item>it is renamed into <see cref="CorpusLayout.UploadsFolder"/> under a name no other version has;</item>
/// <item>the uploads' catalog is rewritten atomically: this is the commit, before it the file is an orphan that
/// <see cref="UploadRecovery"/> sets aside at start, after it the corpus has the document;</item>
/// <item>the index generation with it is built, made current and served before the call returns.</item>
/// </list>
/// A file taken out (deleted, or an older version) goes to <c>_removed</c>, never away.
/// </summary>
public sealed partial class CorpusWriter(
    CorpusIngestor ingestor,
    IndexBuilder builder,
    LiveIndex live,
    IndexStore store,
    IndexServing serving,
    AuditLog audit,
    IOptions<CorpusOptions> corpus,
    TimeProvider clock,
    ILogger<CorpusWriter> logger) : IDisposable
{
    /// <summary>Files taken out of the archive: deleted documents, replaced versions, and uploads a crash left uncatalogued.</summary>
    public const string RemovedFolder = "_removed";

    private readonly SemaphoreSlim _gate = new(1, 1);

    private string Corpus => corpus.Value.Path;

    private string UploadsDirectory => Path.Combine(Corpus, CorpusLayout.UploadsFolder);

    private string UploadsCatalog => Path.Combine(UploadsDirectory, CorpusCatalog.FileName);

    /// <summary>Adds a staged file as a new document.</summary>
    /// <exception cref="UploadRefusedException">The file cannot be added; the archive is unchanged.</exception>
    public Task<CorpusChange> AddAsync(StagedUpload upload, UploadMetadata metadata, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(upload);
        ArgumentNullException.ThrowIfNull(metadata);
        return AuditedAsync(actor, "add", null, upload, () => AddLockedAsync(upload, metadata, cancellationToken), cancellationToken);
    }

    /// <summary>Replaces an uploaded document's file, its metadata, or both; its id stays.</summary>
    public Task<CorpusChange> ReplaceAsync(
        string id, StagedUpload? upload, UploadMetadata metadata, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        return AuditedAsync(actor, "replace", id, upload, () => ReplaceLockedAsync(id, upload, metadata, cancellationToken), cancellationToken);
    }

    /// <summary>Takes an uploaded document out of the archive (its file is kept under <see cref="RemovedFolder"/>).</summary>
    public Task<CorpusChange> DeleteAsync(string id, string actor, CancellationToken cancellationToken) =>
        AuditedAsync(actor, "delete", id, null, () => DeleteLockedAsync(id, cancellationToken), cancellationToken);

    /// <summary>Records a write refused before it reached the corpus (too large, not a type the archive reads).</summary>
    public Task RecordRefusedAsync(string actor, string action, string? id, UploadRefusedException refusal) =>
        audit.RecordAsync(actor, action, id, Outcome(refusal), null, null, null, refusal.Message);

    private async Task<CorpusChange> AuditedAsync(
        string actor, string action, string? id, StagedUpload? upload, Func<Task<CorpusChange>> write, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var change = await write();
            var document = change.Document;
            await audit.RecordAsync(actor, action, change.DocumentId, change.Unchanged ? "unchanged" : "done",
                upload?.Sha256 ?? document?.Sha256, document?.Source ?? upload?.OriginalName, upload?.Length, null);
            return change;
        }
        catch (UploadRefusedException ex)
        {
            await audit.RecordAsync(actor, action, id ?? ex.DocumentId, Outcome(ex), upload?.Sha256, upload?.OriginalName, upload?.Length, ex.Message);
            throw;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<CorpusChange> AddLockedAsync(StagedUpload upload, UploadMetadata metadata, CancellationToken cancellationToken)
    {
        var library = live.Library;
        RefuseDuplicate(library, upload, except: null);
        var counterpart = Counterpart(library, metadata.Counterpart);

        // Read as the corpus will read it; the name only matters for the id of a document with no metadata.
        var stem = DocumentIdentity.Slug(Path.GetFileNameWithoutExtension(upload.OriginalName ?? "upload"));
        var basis = counterpart is null ? null : FromCounterpart(counterpart);
        var provisional = metadata.ToCatalogEntry(stem + upload.Extension, basis);
        var document = await ReadAsync(upload.Path, provisional, cancellationToken);

        var id = document.Id;
        if (counterpart is not null)
        {
            if (document.Language == counterpart.Language || document.Language == DocumentLanguage.Unknown)
            {
                throw new UploadRefusedException(UploadRefusal.CounterpartConflict,
                    $"the file reads as {DocumentLanguages.Name(document.Language)}, and its counterpart {counterpart.Id} is {DocumentLanguages.Name(counterpart.Language)}: a counterpart is the same document in the other language (give language=en or id if the text is misread)",
                    counterpart.Id);
            }

            id = $"{counterpart.WorkKey}-{document.Language.ToCode()}";
        }

        if (library.FindDocument(id) is { } taken)
        {
            throw new UploadRefusedException(UploadRefusal.IdTaken,
                $"the id {id} belongs to another document ({taken.Source}); give a conference, date or type that tells them apart, or replace it with PUT /api/documents/{id}",
                id);
        }

        var entry = provisional with { File = FileName(id, upload), Id = id };
        var entries = await ReadUploadsCatalogAsync(cancellationToken);
        CrashPoints.Reach("staged");
        Store(upload, entry.File);
        CrashPoints.Reach("stored");
        await CommitAsync([.. entries, entry], entries, added: entry.File, removed: null, expected: entry);
        return await ServedAsync(id, entry.File);
    }

    private async Task<CorpusChange> ReplaceLockedAsync(string id, StagedUpload? upload, UploadMetadata metadata, CancellationToken cancellationToken)
    {
        var library = live.Library;
        var current = library.FindDocument(id)
            ?? throw new UploadRefusedException(UploadRefusal.NotFound, $"no document has the id \"{id}\"; GET /api/documents lists them", id);
        var entries = await ReadUploadsCatalogAsync(cancellationToken);
        var old = UploadedEntry(entries, current);
        if (metadata.Counterpart is not null)
        {
            throw new UploadRefusedException(UploadRefusal.CounterpartConflict,
                "a counterpart is named when a document is added (its id follows from it); delete this one and add it again to pair it", id);
        }

        if (upload is not null)
        {
            RefuseDuplicate(library, upload, except: current);
        }

        // The same file (or none) and no field: what the archive already has.
        if (metadata.IsEmpty && (upload is null || upload.Sha256 == current.Sha256))
        {
            return new CorpusChange(id, current, live.Report?.Files.FirstOrDefault(f => f.DocumentId == id), live.GenerationName, Unchanged: true);
        }

        var newFile = upload is null || upload.Sha256 == current.Sha256 ? old.File : FileName(id, upload);
        var entry = metadata.ToCatalogEntry(newFile, old);
        var document = await ReadAsync(upload?.Path ?? Path.Combine(UploadsDirectory, old.File), entry, cancellationToken);
        if (document.Id != id)
        {
            throw new UploadRefusedException(UploadRefusal.IdTaken,
                $"the new version reads as {DocumentLanguages.Name(document.Language)}, but {id} is the {DocumentLanguages.Name(current.Language)} version; add it as a new document with counterpart={id}", id);
        }

        var replaced = entries.Select(e => e.Id == id ? entry : e).ToList();
        CrashPoints.Reach("staged");
        if (newFile != old.File)
        {
            Store(upload!, newFile);
            CrashPoints.Reach("stored");
            await CommitAsync(replaced, entries, added: newFile, removed: old.File, expected: entry);
        }
        else
        {
            await CommitAsync(replaced, entries, added: null, removed: null, expected: entry);
        }

        return await ServedAsync(id, entry.File);
    }

    private async Task<CorpusChange> DeleteLockedAsync(string id, CancellationToken cancellationToken)
    {
        var current = live.Library.FindDocument(id)
            ?? throw new UploadRefusedException(UploadRefusal.NotFound, $"no document has the id \"{id}\"; GET /api/documents lists them", id);
        var entries = await ReadUploadsCatalogAsync(cancellationToken);
        var old = UploadedEntry(entries, current);
        CrashPoints.Reach("staged");
        await CommitAsync([.. entries.Where(e => e.Id != id)], entries, added: null, removed: old.File, expected: null);
        await ServeLatestAsync();
        return new CorpusChange(id, null, null, live.GenerationName);
    }

    /// <summary>
    /// Writes the uploads' catalog (the commit), sets aside the file it no longer lists (<paramref name="removed"/>), then
    /// builds and activates the index generation with the change, in which the <paramref name="expected"/> entry must
    /// be read under its id. If any of it fails, the catalog is written back, the file taken out is put back, the one
    /// <paramref name="added"/> is set aside and the index rebuilt: the archive is as it was. After the commit the write
    /// is finished even if the client has gone.
    /// </summary>
    private async Task CommitAsync(
        IReadOnlyList<CatalogEntry> entries, IReadOnlyList<CatalogEntry> before, string? added, string? removed, CatalogEntry? expected)
    {
        Directory.CreateDirectory(UploadsDirectory);
        var committed = false;
        var built = false;
        string? setAside = null;
        try
        {
            await CorpusCatalog.WriteAsync(UploadsCatalog, entries, CancellationToken.None);
            committed = true;
            CrashPoints.Reach("catalogued");
            // Out of the uploads folder before the build, or the build would read it as a document no catalog lists.
            setAside = removed is null ? null : SetAside(removed);
            var result = await builder.BuildAsync(Corpus, store, null, CancellationToken.None);
            built = true;
            if (expected is not null && NotServed(result.Report, expected) is { } why)
            {
                throw new InvalidDataException(why);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogWriteFailed(logger, ex);
            if (committed)
            {
                await CorpusCatalog.WriteAsync(UploadsCatalog, before, CancellationToken.None);
            }

            if (setAside is not null)
            {
                File.Move(setAside, Path.Combine(UploadsDirectory, removed!));
            }

            if (added is not null)
            {
                SetAside(added);
            }

            if (built)
            {
                await builder.BuildAsync(Corpus, store, null, CancellationToken.None);
            }

            throw new UploadRefusedException(UploadRefusal.WriteFailed, ex is InvalidDataException
                ? $"{ex.Message}; the archive is as it was"
                : $"the corpus could not be changed or the index rebuilt with the change ({ex.GetType().Name}: {ex.Message}); the archive is as it was");
        }

        CrashPoints.Reach("built");
    }

    /// <summary>Why the rebuilt index does not serve the entry's file under its id, or null when it does.</summary>
    private static string? NotServed(IngestReport report, CatalogEntry expected)
    {
        var line = report.Files.FirstOrDefault(f => f.Path == $"{CorpusLayout.UploadsFolder}/{expected.File}");
        return line switch
        {
            null => "the file was not read when the index was rebuilt",
            { Status: FileStatus.Failed } => $"the file was read when it was checked but not when the index was rebuilt ({line.Error})",
            _ when line.DocumentId != expected.Id => $"the file was read as {line.DocumentId} when the index was rebuilt, not as {expected.Id}",
            _ => null,
        };
    }

    /// <summary>Renames the staged file into the uploads folder; until the commit it is an orphan that recovery would set aside.</summary>
    private void Store(StagedUpload upload, string file)
    {
        try
        {
            Directory.CreateDirectory(UploadsDirectory);
            upload.MoveTo(Path.Combine(UploadsDirectory, file));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            LogWriteFailed(logger, ex);
            throw new UploadRefusedException(UploadRefusal.WriteFailed, $"the file could not be put in the corpus ({ex.Message}); the archive is as it was");
        }
    }

    private async Task<CorpusChange> ServedAsync(string id, string file)
    {
        await ServeLatestAsync();
        var path = $"{CorpusLayout.UploadsFolder}/{file}";
        var served = live.Served;
        return new CorpusChange(id, served.Library.FindDocument(id), served.Report.Files.FirstOrDefault(f => f.Path == path), served.Name);
    }

    private Task ServeLatestAsync() => serving.ServeLatestAsync(ServeSteps.Warm, null, CancellationToken.None);

    private async Task<ArchiveDocument> ReadAsync(string path, CatalogEntry entry, CancellationToken cancellationToken)
    {
        var (report, document) = await ingestor.IngestStagedAsync(path, $"{CorpusLayout.UploadsFolder}/{entry.File}", entry, cancellationToken);
        return document ?? throw new UploadRefusedException(UploadRefusal.Unreadable, report.Error ?? "the file could not be read into paragraphs");
    }

    private static void RefuseDuplicate(DocumentLibrary library, StagedUpload upload, ArchiveDocument? except)
    {
        if (library.Documents.FirstOrDefault(d => d.Sha256 == upload.Sha256 && d != except) is { } same)
        {
            throw new UploadRefusedException(UploadRefusal.Duplicate,
                $"the archive already has this file, as {same.Id} ({same.Source})", same.Id);
        }
    }

    private static ArchiveDocument? Counterpart(DocumentLibrary library, string? id)
    {
        if (id is null)
        {
            return null;
        }

        var counterpart = library.FindDocument(id)
            ?? throw new UploadRefusedException(UploadRefusal.CounterpartConflict, $"the counterpart \"{id}\" is not in the archive; GET /api/documents lists the ids", id);
        return counterpart.CounterpartId is { } paired
            ? throw new UploadRefusedException(UploadRefusal.CounterpartConflict,
                $"{id} already has its counterpart, {paired}; replace that one with PUT /api/documents/{paired}", paired)
            : counterpart;
    }

    /// <summary>A translation shares its counterpart's type, conference, date and place unless the writer says otherwise.</summary>
    private static CatalogEntry FromCounterpart(ArchiveDocument counterpart) => new(
        counterpart.Source,
        null,
        counterpart.Metadata.Type.ToCode(),
        counterpart.Metadata.Conference,
        counterpart.Metadata.Date?.ToString(),
        counterpart.Metadata.Place,
        null,
        null,
        Sample: false);

    private static CatalogEntry UploadedEntry(IReadOnlyList<CatalogEntry> entries, ArchiveDocument document) =>
        entries.FirstOrDefault(e => e.Id == document.Id)
        ?? throw new UploadRefusedException(UploadRefusal.NotUploaded,
            $"{document.Id} ({document.Source}) was put in the corpus folder on the server, not uploaded: it is changed or removed there", document.Id);

    /// <summary>A name no other version of the document has: its id and the start of its hash.</summary>
    private static string FileName(string id, StagedUpload upload) => $"{id}-{upload.Sha256[..12]}{upload.Extension}";

    private async Task<IReadOnlyList<CatalogEntry>> ReadUploadsCatalogAsync(CancellationToken cancellationToken) =>
        File.Exists(UploadsCatalog) ? await CorpusCatalog.ReadAsync(UploadsCatalog, cancellationToken) : [];

    /// <summary>Moves a file of the uploads folder to <see cref="RemovedFolder"/>, stamped with the time.</summary>
    /// <returns>Where it is now, or null when it was not there.</returns>
    private string? SetAside(string file) => SetAside(Corpus, file, clock.GetUtcNow());

    internal static string? SetAside(string corpusDirectory, string file, DateTimeOffset now)
    {
        var source = Path.Combine(corpusDirectory, CorpusLayout.UploadsFolder, file);
        if (!File.Exists(source))
        {
            return null;
        }

        var removed = Path.Combine(corpusDirectory, RemovedFolder);
        Directory.CreateDirectory(removed);
        var destination = Path.Combine(removed, string.Create(CultureInfo.InvariantCulture, $"{now:yyyyMMdd'T'HHmmssfff}-{file}"));
        File.Move(source, destination, overwrite: true);
        return destination;
    }

    private static string Outcome(UploadRefusedException refusal) => "refused: " + refusal.Refusal.ToCode();

    public void Dispose() => _gate.Dispose();

    [LoggerMessage(Level = LogLevel.Error, Message = "A corpus write failed; it was undone")]
    private static partial void LogWriteFailed(ILogger logger, Exception exception);
}
