using System.Globalization;
using Archive.Core.Indexing;
using Archive.Core.Ingestion;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Archive.Core.Uploads;

/// <summary>
/// The file transaction of a corpus write: a staged file renamed into the uploads folder, the uploads' catalog
/// rewritten atomically (the commit), the file it no longer lists set aside, and the index generation with the change
/// built; undone whole if any step fails. Serving the new generation is the writer's next step, not this one's.
/// </summary>
public sealed partial class CorpusTransaction(IndexBuilder builder, IndexStore store, IOptions<CorpusOptions> corpus, TimeProvider clock, ILogger<CorpusTransaction> logger)
{
    private string Corpus => corpus.Value.Path;

    private string UploadsDirectory => Path.Combine(Corpus, CorpusLayout.UploadsFolder);

    private string UploadsCatalog => Path.Combine(UploadsDirectory, CorpusCatalog.FileName);

    /// <summary>Where an uploaded file of the corpus lies.</summary>
    public string PathOf(string file) => Path.Combine(UploadsDirectory, file);

    public async Task<IReadOnlyList<CatalogEntry>> ReadUploadsCatalogAsync(CancellationToken cancellationToken) =>
        File.Exists(UploadsCatalog) ? await CorpusCatalog.ReadAsync(UploadsCatalog, cancellationToken) : [];

    /// <summary>
    /// Writes the uploads' catalog (the commit), sets aside the file it no longer lists (<paramref name="removed"/>), then
    /// builds and activates the index generation with the change, in which the <paramref name="expected"/> entry must
    /// be read under its id. If any of it fails, the catalog is written back, the file taken out is put back, the one
    /// <paramref name="added"/> is set aside and the index rebuilt: the archive is as it was. After the commit the write
    /// is finished even if the client has gone.
    /// </summary>
    public async Task CommitAsync(
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
    public void Store(StagedUpload upload, string file)
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

    /// <summary>Moves a file of the uploads folder to <see cref="CorpusWriter.RemovedFolder"/>, stamped with the time.</summary>
    /// <returns>Where it is now, or null when it was not there.</returns>
    private string? SetAside(string file) => SetAside(Corpus, file, clock.GetUtcNow());

    internal static string? SetAside(string corpusDirectory, string file, DateTimeOffset now)
    {
        var source = Path.Combine(corpusDirectory, CorpusLayout.UploadsFolder, file);
        if (!File.Exists(source))
        {
            return null;
        }

        var removed = Path.Combine(corpusDirectory, CorpusWriter.RemovedFolder);
        Directory.CreateDirectory(removed);
        var destination = Path.Combine(removed, string.Create(CultureInfo.InvariantCulture, $"{now:yyyyMMdd'T'HHmmssfff}-{file}"));
        File.Move(source, destination, overwrite: true);
        return destination;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A corpus write failed; it was undone")]
    private static partial void LogWriteFailed(ILogger logger, Exception exception);
}
