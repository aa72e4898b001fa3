using Archive.Core.Ingestion;
using Microsoft.Extensions.Options;

namespace Archive.Api.Hosting;

/// <summary>Ingests the corpus before the host starts serving, so the first request already sees every document.</summary>
internal sealed partial class CorpusLoader(
    CorpusIngestor ingestor, CurrentLibrary current, IOptions<CorpusOptions> options, TimeProvider clock, ILogger<CorpusLoader> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        LogLoading(logger, options.Value.Path);
        var result = await ingestor.IngestAsync(options.Value.Path, progress: null, cancellationToken);
        current.Replace(result, clock.GetUtcNow());
        LogLoaded(logger, result.Library.Documents.Count, result.Report.Failed);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Ingesting the corpus in {Path}")]
    private static partial void LogLoading(ILogger logger, string path);

    [LoggerMessage(Level = LogLevel.Information, Message = "Serving {Documents} documents; {Failed} files failed to ingest")]
    private static partial void LogLoaded(ILogger logger, int documents, int failed);
}
