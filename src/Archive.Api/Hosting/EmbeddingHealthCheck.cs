using Archive.Core.Embeddings;
using Archive.Core.Indexing;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Archive.Api.Hosting;

/// <summary>
/// Degraded when the embedding provider fails (search is then lexical) or the served generation has no vectors
/// yet; healthy when embeddings are off by choice or ready. Never unhealthy: search works without them.
/// </summary>
internal sealed class EmbeddingHealthCheck(EmbeddingService embeddings, ParagraphVectorStore vectors, LiveIndex live) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var ready = vectors.For(live.GenerationName);
        var data = new Dictionary<string, object>
        {
            ["provider"] = embeddings.Description,
            ["state"] = embeddings.State.ToString().ToLowerInvariant(),
            ["vectors"] = ready?.Count ?? 0,
        };
        if (embeddings.Model is { } model)
        {
            data["model"] = model.Key;
            data["dimensions"] = model.Dimensions;
        }

        return Task.FromResult(embeddings.State switch
        {
            EmbeddingState.Off => HealthCheckResult.Healthy("embeddings off: search is lexical", data),
            EmbeddingState.Degraded => HealthCheckResult.Degraded($"embedding provider failing, search falls back to lexical: {embeddings.FailureReason}", data: data),
            _ when ready is null => HealthCheckResult.Degraded("paragraph vectors are being computed: search is lexical until they are ready", data: data),
            _ => HealthCheckResult.Healthy("embeddings ready", data),
        });
    }
}
