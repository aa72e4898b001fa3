using Archive.Core.Commitments;
using Archive.Core.Embeddings;
using Archive.Core.Indexing;
using Archive.Core.Search;
using Archive.Core.Telemetry;
using Microsoft.Extensions.Options;

namespace Archive.Api.Hosting;

/// <summary>
/// Looks for a newer index generation (built by <c>archive index</c> or another process) and swaps it in, so a
/// rebuilt index is served without a restart. Requests in flight finish on the generation they started with. Also
/// keeps the served generation's paragraph vectors loaded: at start, after a swap, and once a failing provider
/// answers again (embedding only paragraphs whose text has no stored vector); and probes a failing provider, so that
/// semantic ranking comes back when it answers. Until then search is lexical. With
/// <see cref="CommitmentOptions.WarmAtStart"/>, it also extracts and links the commitments of what is served (again,
/// with the embedding signal, once vectors are loaded) before a request asks for them. Each newly served generation,
/// and each generation whose vectors have just loaded, is warmed (<see cref="SearchWarmer"/>).
/// </summary>
internal sealed partial class IndexRefresher(
    LiveIndex live,
    ParagraphVectorStore vectors,
    SearchWarmer warmer,
    CommitmentCatalogCache commitments,
    IOptions<CommitmentOptions> commitmentOptions,
    EmbeddingService embeddings,
    IOptions<IndexOptions> options,
    TimeProvider clock,
    ArchiveMetrics metrics,
    ILogger<IndexRefresher> logger) : BackgroundService
{
    // What the commitment catalog was last warmed for: the served vectors, or the library when there are none.
    private object? _warmed;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var store = new IndexStore(options.Value.Path);
        metrics.ObserveIndexAge(() => (live.GenerationName, live.Manifest) is ({ } name, { } manifest) ? (name, manifest.BuiltAt) : null, clock);
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.RefreshIntervalSeconds), clock);
        do
        {
            try
            {
                var swapped = await live.RefreshAsync(store, stoppingToken);
                if (swapped)
                {
                    LogSwapped(logger, live.GenerationName);
                }

                // A new generation, or its vectors now loaded: warm what the next searches will use.
                if (await EnsureVectorsAsync(store, stoppingToken) || swapped)
                {
                    await warmer.WarmAsync(stoppingToken);
                }

                WarmCommitments();
            }
            catch (Exception ex) when (ex is IOException or InvalidDataException or System.Text.Json.JsonException)
            {
                // A generation being pruned or half-copied by hand: keep serving the current one and try again.
                LogRefreshFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <returns>True when the served generation's vectors were loaded now.</returns>
    private async Task<bool> EnsureVectorsAsync(IndexStore store, CancellationToken cancellationToken)
    {
        if (embeddings.State == EmbeddingState.Off)
        {
            return false;
        }

        if (vectors.For(live.GenerationName) is not null)
        {
            // Searches do not call a failing provider; this probe (let through by its circuit breaker once
            // Embeddings:RetrySeconds have passed) is what brings semantic ranking back.
            if (embeddings.State == EmbeddingState.Degraded)
            {
                await embeddings.ReadyModelAsync(cancellationToken);
            }

            return false;
        }

        if (store.Current() is not { } generation || generation.Name != live.GenerationName)
        {
            return false;
        }

        var progress = new Progress<EmbeddingProgress>(p => LogEmbedding(logger, p.Done, p.Total));
        return await vectors.EnsureAsync(generation.Directory, live.Library, progress, cancellationToken) is not null;
    }

    /// <summary>Builds, off the request path, the commitment catalog requests will ask for, when it has changed.</summary>
    private void WarmCommitments()
    {
        var key = (object?)vectors.For(live.GenerationName) ?? live.Library;
        if (!commitmentOptions.Value.WarmAtStart || live.GenerationName is null || ReferenceEquals(key, _warmed))
        {
            return;
        }

        _warmed = key;
        _ = Task.Run(() => commitments.For(live), CancellationToken.None);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Now serving index generation {Generation}")]
    private static partial void LogSwapped(ILogger logger, string? generation);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not open the newer index generation; still serving the current one")]
    private static partial void LogRefreshFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Embedded {Done} of {Total} paragraphs")]
    private static partial void LogEmbedding(ILogger logger, int done, int total);
}
