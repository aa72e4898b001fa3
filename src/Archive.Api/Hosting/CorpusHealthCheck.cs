using Archive.Core.Indexing;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Archive.Api.Hosting;

/// <summary>
/// Healthy once an index is served; degraded when some corpus files failed to ingest; unhealthy before. Reports
/// the index's age and generation and the number of documents and paragraphs.
/// </summary>
internal sealed class CorpusHealthCheck(LiveIndex live, TimeProvider clock) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (live.Manifest is not { } manifest || live.Report is not { } report)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("the index is not open yet"));
        }

        var data = new Dictionary<string, object>
        {
            ["documents"] = manifest.Documents,
            ["paragraphs"] = manifest.Paragraphs,
            ["filesFailed"] = report.Failed,
            ["indexGeneration"] = live.GenerationName ?? string.Empty,
            ["indexBuiltAt"] = manifest.BuiltAt,
            ["indexAgeSeconds"] = Math.Round((clock.GetUtcNow() - manifest.BuiltAt).TotalSeconds),
        };
        return Task.FromResult(report.Failed == 0
            ? HealthCheckResult.Healthy("index open", data)
            : HealthCheckResult.Degraded($"{report.Failed} corpus files could not be ingested", data: data));
    }
}
