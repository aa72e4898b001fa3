using Archive.Core.Embeddings;
using Archive.Core.Indexing;

namespace Archive.Core.Serving;

/// <summary>
/// The one way a generation comes to be served, for start-up, the refresher, an upload and the command line: open the
/// store's current generation (<see cref="LiveIndex.RefreshAsync"/>), load its paragraph vectors, and warm every
/// capability (<see cref="IGenerationWarmer"/>) for what changed. Callers choose the steps: start-up warms without
/// waiting for vectors (the refresher loads them in the background), the command line loads vectors and warms nothing.
/// </summary>
public sealed class IndexServing(
    LiveIndex live,
    IndexStore store,
    ParagraphVectorStore vectors,
    EmbeddingService embeddings,
    IEnumerable<IGenerationWarmer> warmers)
{
    /// <param name="steps">What to do beyond opening the latest generation.</param>
    /// <param name="progress">Embedding progress, when vectors must be computed.</param>
    /// <param name="from">The store to serve from; the configured <c>Index:Path</c> unless given (the CLI's <c>--index</c>).</param>
    public async Task<ServeOutcome> ServeLatestAsync(ServeSteps steps, IProgress<EmbeddingProgress>? progress, CancellationToken cancellationToken, IndexStore? from = null)
    {
        var source = from ?? store;
        var swapped = await live.RefreshAsync(source, cancellationToken);
        var loaded = steps.HasFlag(ServeSteps.Vectors) && await EnsureVectorsAsync(source, progress, cancellationToken);
        if (steps.HasFlag(ServeSteps.Warm) && (swapped || loaded) && live.GenerationName is not null)
        {
            var served = live.Served;
            foreach (var warmer in warmers)
            {
                await warmer.WarmAsync(served, cancellationToken);
            }
        }

        return new ServeOutcome(swapped, loaded);
    }

    /// <returns>True when the served generation's vectors were loaded now.</returns>
    private async Task<bool> EnsureVectorsAsync(IndexStore source, IProgress<EmbeddingProgress>? progress, CancellationToken cancellationToken)
    {
        if (embeddings.State == EmbeddingState.Off || live.GenerationName is null)
        {
            return false;
        }

        // Name and library of one generation: an upload may swap one in meanwhile.
        var served = live.Served;
        if (vectors.For(served.Name) is not null)
        {
            // Searches do not call a failing provider; this probe (let through by its circuit breaker once
            // Embeddings:RetrySeconds have passed) is what brings semantic ranking back.
            if (embeddings.State == EmbeddingState.Degraded)
            {
                await embeddings.ReadyModelAsync(cancellationToken);
            }

            return false;
        }

        if (source.Current() is not { } generation || generation.Name != served.Name)
        {
            return false;
        }

        return await vectors.EnsureAsync(generation.Directory, served.Library, progress, cancellationToken) is not null;
    }
}
