using Archive.Core.Documents;
using Archive.Core.Indexing;
using Archive.Core.Ingestion;
using Archive.Core.Serving;

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
/// The checks are <see cref="UploadPolicy"/>'s, the file steps <see cref="CorpusTransaction"/>'s, serving the result
/// <see cref="IndexServing"/>'s; this class orders them, one write at a time, and audits each.
/// </summary>
public sealed class CorpusWriter(
    CorpusIngestor ingestor,
    CorpusTransaction transaction,
    LiveIndex live,
    IndexServing serving,
    AuditLog audit) : IDisposable
{
    /// <summary>Files taken out of the archive: deleted documents, replaced versions, and uploads a crash left uncatalogued.</summary>
    public const string RemovedFolder = "_removed";

    private readonly SemaphoreSlim _gate = new(1, 1);

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
        var library = live.Served.Library;
        UploadPolicy.RefuseDuplicate(library, upload, except: null);
        var counterpart = UploadPolicy.Counterpart(library, metadata.Counterpart);

        // Read as the corpus will read it; the name only matters for the id of a document with no metadata.
        var stem = DocumentIdentity.Slug(Path.GetFileNameWithoutExtension(upload.OriginalName ?? "upload"));
        var basis = counterpart is null ? null : UploadPolicy.FromCounterpart(counterpart);
        var provisional = metadata.ToCatalogEntry(stem + upload.Extension, basis);
        var document = await ReadAsync(upload.Path, provisional, cancellationToken);

        var id = UploadPolicy.IdOfNew(library, document, counterpart);
        var entry = provisional with { File = UploadPolicy.FileName(id, upload), Id = id };
        var entries = await transaction.ReadUploadsCatalogAsync(cancellationToken);
        CrashPoints.Reach("staged");
        transaction.Store(upload, entry.File);
        CrashPoints.Reach("stored");
        await transaction.CommitAsync([.. entries, entry], entries, added: entry.File, removed: null, expected: entry);
        return await ServedAsync(id, entry.File);
    }

    private async Task<CorpusChange> ReplaceLockedAsync(string id, StagedUpload? upload, UploadMetadata metadata, CancellationToken cancellationToken)
    {
        var served = live.Served;
        var current = UploadPolicy.Existing(served.Library, id);
        var entries = await transaction.ReadUploadsCatalogAsync(cancellationToken);
        var old = UploadPolicy.UploadedEntry(entries, current);
        UploadPolicy.RefuseCounterpartOnReplace(id, metadata);
        if (upload is not null)
        {
            UploadPolicy.RefuseDuplicate(served.Library, upload, except: current);
        }

        // The same file (or none) and no field: what the archive already has.
        if (metadata.IsEmpty && (upload is null || upload.Sha256 == current.Sha256))
        {
            return new CorpusChange(id, current, served.Report.Files.FirstOrDefault(f => f.DocumentId == id), served.Name, Unchanged: true);
        }

        var newFile = upload is null || upload.Sha256 == current.Sha256 ? old.File : UploadPolicy.FileName(id, upload);
        var entry = metadata.ToCatalogEntry(newFile, old);
        var document = await ReadAsync(upload?.Path ?? transaction.PathOf(old.File), entry, cancellationToken);
        UploadPolicy.CheckReplacementLanguage(id, current, document);

        var replaced = entries.Select(e => e.Id == id ? entry : e).ToList();
        CrashPoints.Reach("staged");
        if (newFile != old.File)
        {
            transaction.Store(upload!, newFile);
            CrashPoints.Reach("stored");
            await transaction.CommitAsync(replaced, entries, added: newFile, removed: old.File, expected: entry);
        }
        else
        {
            await transaction.CommitAsync(replaced, entries, added: null, removed: null, expected: entry);
        }

        return await ServedAsync(id, entry.File);
    }

    private async Task<CorpusChange> DeleteLockedAsync(string id, CancellationToken cancellationToken)
    {
        var current = UploadPolicy.Existing(live.Served.Library, id);
        var entries = await transaction.ReadUploadsCatalogAsync(cancellationToken);
        var old = UploadPolicy.UploadedEntry(entries, current);
        CrashPoints.Reach("staged");
        await transaction.CommitAsync([.. entries.Where(e => e.Id != id)], entries, added: null, removed: old.File, expected: null);
        await ServeLatestAsync();
        return new CorpusChange(id, null, null, live.Served.Name);
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

    private static string Outcome(UploadRefusedException refusal) => "refused: " + refusal.Refusal.ToCode();

    public void Dispose() => _gate.Dispose();
}
