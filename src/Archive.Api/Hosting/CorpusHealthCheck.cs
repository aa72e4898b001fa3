using Archive.Core.Ingestion;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Archive.Api.Hosting;

/// <summary>Healthy once the corpus is loaded; degraded when some files failed to ingest; unhealthy before loading.</summary>
internal sealed class CorpusHealthCheck(CurrentLibrary current) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!current.IsLoaded || current.Report is not { } report)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("the corpus is not loaded yet"));
        }

        var data = new Dictionary<string, object>
        {
            ["documents"] = current.Library.Documents.Count,
            ["paragraphs"] = current.Library.Documents.Sum(d => d.Paragraphs.Count),
            ["filesFailed"] = report.Failed,
            ["loadedAt"] = current.LoadedAt!.Value,
        };
        return Task.FromResult(report.Failed == 0
            ? HealthCheckResult.Healthy("corpus loaded", data)
            : HealthCheckResult.Degraded($"{report.Failed} corpus files could not be ingested", data: data));
    }
}
