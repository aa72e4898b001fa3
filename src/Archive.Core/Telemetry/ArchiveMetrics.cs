using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Archive.Core.Telemetry;

/// <summary>
/// The archive's own metrics (meter <see cref="MeterName"/>) and spans (activity source <see cref="ActivitySourceName"/>).
/// Recording costs next to nothing when no exporter listens, so the CLI and the tests record them too. Tags take
/// plain strings, so that this type sits below every capability that records into it.
/// </summary>
public sealed class ArchiveMetrics
{
    /// <summary>The meter and activity source name an exporter subscribes to.</summary>
    public const string MeterName = "Archive";

    /// <inheritdoc cref="MeterName"/>
    public const string ActivitySourceName = "Archive";

    // Seconds, from half a millisecond (a lexical search at the sample size) to ten seconds (a cold embedding call).
    private static readonly IReadOnlyList<double> SecondsBuckets = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
    private static readonly IReadOnlyList<int> HitBuckets = [0, 1, 2, 5, 10, 20, 50, 100];

    private readonly Meter _meter;
    private readonly Histogram<double> _searchDuration;
    private readonly Histogram<int> _searchHits;
    private readonly Counter<long> _relaxed;
    private readonly Counter<long> _fallbacks;
    private readonly Counter<long> _ingested;
    private readonly Counter<long> _embeddingCalls;
    private readonly Counter<long> _embeddingFailures;
    private readonly Histogram<double> _embeddingDuration;
    private readonly Histogram<double> _precedentDuration;

    public ArchiveMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        _meter = meters.Create(MeterName);
        _searchDuration = _meter.CreateHistogram("archive.search.duration", "s", "Time to answer a search, by the mode that ranked it.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = SecondsBuckets });
        _searchHits = _meter.CreateHistogram("archive.search.hits", "{hit}", "Hits returned by a search (one page).",
            advice: new InstrumentAdvice<int> { HistogramBucketBoundaries = HitBuckets });
        _relaxed = _meter.CreateCounter<long>("archive.search.relaxed", "{search}", "Searches where no paragraph had every word, answered with some of them.");
        _fallbacks = _meter.CreateCounter<long>("archive.search.fallbacks", "{search}", "Searches that asked for meaning and were answered lexically (embeddings off, failing or not ready).");
        _ingested = _meter.CreateCounter<long>("archive.ingest.files", "{file}", "Files read into the archive, by outcome.");
        _embeddingCalls = _meter.CreateCounter<long>("archive.embedding.calls", "{call}", "Requests to the embedding provider.");
        _embeddingFailures = _meter.CreateCounter<long>("archive.embedding.failures", "{call}", "Embedding calls that failed, by kind of failure (circuit-open: refused without a request).");
        _embeddingDuration = _meter.CreateHistogram("archive.embedding.duration", "s", "Time of one request to the embedding provider.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = SecondsBuckets });
        _precedentDuration = _meter.CreateHistogram("archive.precedent.duration", "s", "Time to find the agreed paragraphs closest to a draft.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = SecondsBuckets });

        // The counters an alert watches have a series at zero from the start: a counter with no series until its
        // first event leaves increase() with nothing to rise from, and an alert on the first failure never fires.
        _relaxed.Add(0);
        _fallbacks.Add(0);
        _embeddingFailures.Add(0);
    }

    /// <summary>Spans of the archive's own work (a search, a precedent check, an ingested file, an embedding call).</summary>
    public static ActivitySource Activities { get; } = new(ActivitySourceName);

    /// <summary>A search answered. <paramref name="mode"/> is the mode that ranked it (lexical, hybrid, semantic).</summary>
    public void SearchCompleted(string mode, TimeSpan elapsed, int hits, bool relaxed, bool fellBack)
    {
        var tag = new KeyValuePair<string, object?>("mode", mode);
        _searchDuration.Record(elapsed.TotalSeconds, tag);
        _searchHits.Record(hits, tag);
        if (relaxed)
        {
            _relaxed.Add(1, tag);
        }

        if (fellBack)
        {
            _fallbacks.Add(1);
        }
    }

    /// <summary>A file ingested (or refused): <paramref name="status"/> is its outcome (ingested, ingested-with-warnings, failed).</summary>
    public void FileIngested(string status) => _ingested.Add(1, new KeyValuePair<string, object?>("status", status));

    /// <summary>One request to the embedding provider; <paramref name="failure"/> names the kind of failure (timeout, unreachable, http-NNN, invalid, circuit-open), null when it answered.</summary>
    public void EmbeddingCall(string provider, TimeSpan elapsed, string? failure)
    {
        var tag = new KeyValuePair<string, object?>("provider", provider);
        _embeddingCalls.Add(1, tag);
        _embeddingDuration.Record(elapsed.TotalSeconds, tag);
        if (failure is not null)
        {
            _embeddingFailures.Add(1, tag, new KeyValuePair<string, object?>("error.type", failure));
        }
    }

    /// <summary>A call the embedding circuit breaker refused (the provider failed moments ago): a failure, but no request.</summary>
    public void EmbeddingRefused(string provider) =>
        _embeddingFailures.Add(1, new KeyValuePair<string, object?>("provider", provider), new KeyValuePair<string, object?>("error.type", "circuit-open"));

    /// <summary>A precedent check answered; <paramref name="usedMeaning"/> when embeddings took part.</summary>
    public void PrecedentCompleted(TimeSpan elapsed, bool usedMeaning) =>
        _precedentDuration.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("meaning", usedMeaning));

    /// <summary>
    /// Publishes the age of the served index generation (<c>archive.index.generation.age</c>, seconds since it was
    /// built) from <paramref name="generation"/>, which gives the served generation's name and build time, or null
    /// before one is served. Called once by the host that serves an index.
    /// </summary>
    public void ObserveIndexAge(Func<(string Name, DateTimeOffset BuiltAt)?> generation, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(generation);
        ArgumentNullException.ThrowIfNull(clock);
        _meter.CreateObservableGauge("archive.index.generation.age", () => generation() is { } served
                ? [new Measurement<double>((clock.GetUtcNow() - served.BuiltAt).TotalSeconds, new KeyValuePair<string, object?>("generation", served.Name))]
                : Array.Empty<Measurement<double>>(),
            "s", "Seconds since the served index generation was built.");
    }
}
