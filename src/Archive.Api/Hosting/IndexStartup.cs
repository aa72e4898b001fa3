using Archive.Core.Embeddings;
using Archive.Core.Indexing;
using Archive.Core.Serving;
using Archive.Core.Ingestion;
using Archive.Core.Uploads;
using Microsoft.Extensions.Options;

namespace Archive.Api.Hosting;

/// <summary>
/// Before the host serves: recovers from an interrupted upload (<see cref="UploadRecovery"/>), builds the index from the corpus when it is missing or stale (logging each file), then
/// opens and warms it (<see cref="IndexServing"/>), so the first request is not the slow one. A fresh index is only
/// fingerprinted, opened and warmed, which takes well under a second on the sample corpus.
/// </summary>
internal sealed partial class IndexStartup(
    UploadRecovery recovery,
    IndexFreshness freshness,
    IndexBuilder builder,
    IndexStore store,
    IndexServing serving,
    LiveIndex live,
    IOptions<CorpusOptions> corpus,
    ILogger<IndexStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // An upload interrupted by a crash is finished or set aside first, so the index is checked against a whole corpus.
        await recovery.RecoverAsync(corpus.Value.Path, cancellationToken);
        if (await freshness.WhyStaleAsync(corpus.Value.Path, store, cancellationToken) is { } reason)
        {
            LogBuilding(logger, store.Root, reason);
            var progress = new Progress(logger);
            await builder.BuildAsync(corpus.Value.Path, store, progress, cancellationToken, progress);
        }

        // Vectors are loaded in the background by the refresher: the host serves lexical search meanwhile.
        await serving.ServeLatestAsync(ServeSteps.Warm, null, cancellationToken);
        LogServing(logger, live.GenerationName, live.Library.Documents.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Building the index in {Index}: {Reason}")]
    private static partial void LogBuilding(ILogger logger, string index, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Indexed {File}: {Status}, {Paragraphs} paragraphs")]
    private static partial void LogFile(ILogger logger, string file, FileStatus status, int paragraphs);

    [LoggerMessage(Level = LogLevel.Information, Message = "Serving index generation {Generation} with {Documents} documents")]
    private static partial void LogServing(ILogger logger, string? generation, int documents);

    [LoggerMessage(Level = LogLevel.Information, Message = "Embedded {Done} of {Total} paragraphs")]
    private static partial void LogEmbedded(ILogger logger, int done, int total);

    private sealed class Progress(ILogger logger) : IProgress<FileReport>, IProgress<EmbeddingProgress>
    {
        private int _logged = -1;

        public void Report(FileReport value) => LogFile(logger, value.Path, value.Status, value.Paragraphs);

        /// <summary>Logs the start, every tenth and the end: a large archive takes minutes to embed.</summary>
        public void Report(EmbeddingProgress value)
        {
            var tenth = value.Total == 0 ? 10 : value.Done * 10 / value.Total;
            if (tenth != _logged)
            {
                _logged = tenth;
                LogEmbedded(logger, value.Done, value.Total);
            }
        }
    }
}
