using Archive.Core.Commitments;
using Archive.Core.Embeddings;
using Archive.Core.Indexing;
using Archive.Core.Serving;
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
/// and each generation whose vectors have just loaded, is warmed (<see cref="IndexServing"/>, <see cref="CommitmentWarmer"/>).
/// </summary>
internal sealed partial class IndexRefresher(
    LiveIndex live,
    IndexServing serving,
    IOptions<IndexOptions> options,
    TimeProvider clock,
    ArchiveMetrics metrics,
    ILogger<IndexRefresher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        metrics.ObserveIndexAge(() => (live.GenerationName, live.Manifest) is ({ } name, { } manifest) ? (name, manifest.BuiltAt) : null, clock);
        var progress = new Progress<EmbeddingProgress>(p => LogEmbedding(logger, p.Done, p.Total));
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.RefreshIntervalSeconds), clock);
        do
        {
            try
            {
                if ((await serving.ServeLatestAsync(ServeSteps.Vectors | ServeSteps.Warm, progress, stoppingToken)).Swapped)
                {
                    LogSwapped(logger, live.GenerationName);
                }
            }
            catch (Exception ex) when (ex is IOException or InvalidDataException or System.Text.Json.JsonException)
            {
                // A generation being pruned or half-copied by hand: keep serving the current one and try again.
                LogRefreshFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Now serving index generation {Generation}")]
    private static partial void LogSwapped(ILogger logger, string? generation);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not open the newer index generation; still serving the current one")]
    private static partial void LogRefreshFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Embedded {Done} of {Total} paragraphs")]
    private static partial void LogEmbedding(ILogger logger, int done, int total);
}
