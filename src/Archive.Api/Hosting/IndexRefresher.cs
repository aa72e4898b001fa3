using Archive.Core.Indexing;
using Microsoft.Extensions.Options;

namespace Archive.Api.Hosting;

/// <summary>
/// Looks for a newer index generation (built by <c>archive index</c> or another process) and swaps it in, so a
/// rebuilt index is served without a restart. Requests in flight finish on the generation they started with.
/// </summary>
internal sealed partial class IndexRefresher(LiveIndex live, IOptions<IndexOptions> options, TimeProvider clock, ILogger<IndexRefresher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var store = new IndexStore(options.Value.Path);
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.RefreshIntervalSeconds), clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                if (await live.RefreshAsync(store, stoppingToken))
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
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Now serving index generation {Generation}")]
    private static partial void LogSwapped(ILogger logger, string? generation);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not open the newer index generation; still serving the current one")]
    private static partial void LogRefreshFailed(ILogger logger, Exception exception);
}
