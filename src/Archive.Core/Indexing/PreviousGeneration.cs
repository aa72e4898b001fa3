using System.Text.Json;
using Archive.Core.Documents;
using Archive.Core.Ingestion;

namespace Archive.Core.Indexing;

/// <summary>The current generation as a build starts, when the next one can be made from it file by file.</summary>
internal sealed record PreviousGeneration(IndexGeneration Generation, IndexManifest Manifest, IngestResult Ingested)
{
    /// <returns>Null when there is none, or it was read by another reader, or any of it cannot be read: then every file is read.</returns>
    public static async Task<PreviousGeneration?> LoadAsync(IndexStore store, string readerVersion, RecentSnapshots snapshots, CancellationToken cancellationToken)
    {
        if (store.Current() is not { } generation
            || await generation.ReadManifestAsync(cancellationToken) is not { } manifest
            || manifest.Reader != readerVersion
            || !Directory.Exists(generation.LucenePath))
        {
            return null;
        }

        try
        {
            var snapshot = await snapshots.LoadAsync(generation, cancellationToken);
            return new PreviousGeneration(generation, manifest, new IngestResult(new DocumentLibrary(snapshot.Documents), snapshot.Report));
        }
        catch (Exception ex) when (ex is IOException or JsonException or InvalidDataException)
        {
            return null;
        }
    }
}
