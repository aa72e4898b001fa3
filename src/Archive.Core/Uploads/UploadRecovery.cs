using Archive.Core.Ingestion;
using Microsoft.Extensions.Logging;

namespace Archive.Core.Uploads;

/// <summary>
/// Finishes what a crash interrupted, before the index is checked at start: staged files are deleted (no upload was
/// answered for them), and a file in the uploads folder that its catalog does not list (renamed in, not yet committed)
/// is set aside under <see cref="CorpusWriter.RemovedFolder"/>. What is left is the archive as the last commit made it.
/// </summary>
public sealed partial class UploadRecovery(TimeProvider clock, ILogger<UploadRecovery> logger)
{
    public async Task RecoverAsync(string corpusDirectory, CancellationToken cancellationToken)
    {
        var incoming = Path.Combine(corpusDirectory, CorpusLayout.IncomingFolder);
        if (Directory.Exists(incoming))
        {
            foreach (var staged in Directory.EnumerateFiles(incoming))
            {
                File.Delete(staged);
                LogDeletedStaged(logger, Path.GetFileName(staged));
            }
        }

        var uploads = Path.Combine(corpusDirectory, CorpusLayout.UploadsFolder);
        if (!Directory.Exists(uploads))
        {
            return;
        }

        var catalog = Path.Combine(uploads, CorpusCatalog.FileName);
        var listed = File.Exists(catalog)
            ? (await CorpusCatalog.ReadAsync(catalog, cancellationToken)).Select(e => e.File).ToHashSet(StringComparer.Ordinal)
            : [];
        foreach (var path in Directory.EnumerateFiles(uploads))
        {
            var file = Path.GetFileName(path);
            if (file == CorpusCatalog.FileName)
            {
                continue;
            }

            if (file.StartsWith(CorpusCatalog.FileName + ".", StringComparison.Ordinal))
            {
                // A catalog written but not renamed over the old one: the commit did not happen.
                File.Delete(path);
                continue;
            }

            if (!listed.Contains(file))
            {
                CorpusTransaction.SetAside(corpusDirectory, file, clock.GetUtcNow());
                LogSetAside(logger, file, CorpusWriter.RemovedFolder);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Deleted {File}, an upload staged when the service stopped; it was never answered")]
    private static partial void LogDeletedStaged(ILogger logger, string file);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Set {File} aside in {Folder}: the uploads' catalog does not list it (a write was interrupted)")]
    private static partial void LogSetAside(ILogger logger, string file, string folder);
}
