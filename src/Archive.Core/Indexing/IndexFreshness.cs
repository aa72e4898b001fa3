using Archive.Core.Ingestion;

namespace Archive.Core.Indexing;

/// <summary>Whether the current index generation was built from the corpus as it is now.</summary>
public sealed class IndexFreshness(CorpusIngestor ingestor)
{
    /// <returns>Null when the index is fresh; otherwise why it must be built.</returns>
    public async Task<string?> WhyStaleAsync(string corpusDirectory, IndexStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (store.Current() is not { } generation || await generation.ReadManifestAsync(cancellationToken) is not { } manifest)
        {
            return "there is no index yet";
        }

        var corpus = Path.GetFullPath(corpusDirectory);
        var catalog = await CorpusCatalog.LoadAsync(corpus, cancellationToken);
        var now = await CorpusFingerprint.ComputeAsync(corpus, ingestor.ListFiles(corpus), catalog, manifest.Corpus, cancellationToken);
        return now.DifferenceFrom(manifest.Corpus);
    }
}
