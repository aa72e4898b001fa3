using System.Globalization;
using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Archive.Testing;

namespace Archive.Api.Tests;

/// <summary>The Prometheus scrape endpoint of a host on the loopback interface.</summary>
public sealed partial class MetricsEndpointTests(ArchiveApiFactory api) : IClassFixture<ArchiveApiFactory>
{
    [Fact]
    public async Task Metrics_AfterASearch_HaveTheSearchHistogramWithACountAboveZero()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var client = api.CreateApiClient();
        using var search = await client.GetAsync(new Uri("/api/search?q=returns&mode=lexical", UriKind.Relative), cancellationToken);
        Assert.Equal(HttpStatusCode.OK, search.StatusCode);

        using var response = await client.GetAsync(new Uri("/metrics", UriKind.Relative), cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        var count = SearchCount().Match(text);
        Assert.True(count.Success, text);
        Assert.True(long.Parse(count.Groups[1].Value, CultureInfo.InvariantCulture) > 0, count.Value);
        Assert.Contains("# TYPE archive_search_duration_seconds histogram", text, StringComparison.Ordinal);
        // Every host in this test process publishes a series of its own under the same meter name: this host's
        // sample files are among them.
        Assert.True(IngestedCount().Matches(text).Sum(m => long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)) >= SampleCorpus.Documents, text);
        Assert.Matches(@"archive_index_generation_age_seconds\{[^}]*generation=""gen-", text);
        Assert.Contains("http_server_request_duration_seconds", text, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^archive_search_duration_seconds_count\{[^}]*mode=""lexical""[^}]*\} (\d+)", RegexOptions.Multiline)]
    private static partial Regex SearchCount();

    [GeneratedRegex(@"^archive_ingest_files_total\{[^}]*status=""ingested(?:-with-warnings)?""[^}]*\} (\d+)", RegexOptions.Multiline)]
    private static partial Regex IngestedCount();
}

/// <summary>
/// The counters an alert watches, on a host of their own: the exporter caches a scrape for 300 ms, so a scrape here
/// must not stand in for another test's scrape after its search.
/// </summary>
public sealed class MetricsSeriesTests(ArchiveApiFactory api) : IClassFixture<ArchiveApiFactory>
{
    [Fact]
    public async Task Metrics_CountersAnAlertWatches_HaveASeriesBeforeTheirFirstEvent()
    {
        using var client = api.CreateApiClient();

        var text = await client.GetStringAsync(new Uri("/metrics", UriKind.Relative), TestContext.Current.CancellationToken);

        // Embeddings are off and nothing has fallen back or failed in this host: the series are there all the same.
        Assert.Matches(@"(?m)^archive_search_fallbacks_total(\{[^}]*\})? \d+", text);
        Assert.Matches(@"(?m)^archive_embedding_failures_total(\{[^}]*\})? \d+", text);
        Assert.Matches(@"(?m)^archive_search_relaxed_total(\{[^}]*\})? \d+", text);
    }
}

/// <summary>A host listening on this machine's own network address: reads answer, /metrics does not.</summary>
public sealed class RemoteMetricsTests(RemoteMetricsTests.Factory api) : IClassFixture<RemoteMetricsTests.Factory>
{
    public sealed class Factory : ArchiveApiFactory
    {
        public static IPAddress? NetworkAddress { get; } = NetworkInterface.GetAllNetworkInterfaces()
            .Where(n => n.OperationalStatus == OperationalStatus.Up && n.NetworkInterfaceType != NetworkInterfaceType.Loopback)
            .SelectMany(n => n.GetIPProperties().UnicastAddresses)
            .Select(a => a.Address)
            .FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a));

        protected override string ListenHost => NetworkAddress?.ToString() ?? "127.0.0.1";
    }

    [Fact]
    public async Task Metrics_FromANonLoopbackAddress_AreForbiddenWithProblemDetails()
    {
        Assert.SkipWhen(Factory.NetworkAddress is null, "this machine has no network address besides the loopback");
        var cancellationToken = TestContext.Current.CancellationToken;
        using var client = api.CreateClient();
        Assert.Equal(Factory.NetworkAddress!.ToString(), client.BaseAddress!.Host);

        using var about = await client.GetAsync(new Uri("/api/about", UriKind.Relative), cancellationToken);
        using var metrics = await client.GetAsync(new Uri("/metrics", UriKind.Relative), cancellationToken);

        Assert.Equal(HttpStatusCode.OK, about.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, metrics.StatusCode);
        Assert.Equal("application/problem+json", metrics.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await metrics.Content.ReadAsStringAsync(cancellationToken)).RootElement;
        Assert.Equal(403, problem.GetProperty("status").GetInt32());
        Assert.Contains("Telemetry:PrometheusFromAnyAddress", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}

/// <summary>OTLP over HTTP to a collector named by the standard variables: traces, metrics and logs arrive.</summary>
public sealed class OtlpExportTests(OtlpExportTests.Factory api) : IClassFixture<OtlpExportTests.Factory>
{
    public sealed class Factory : ArchiveApiFactory
    {
        private FakeOtlpCollector? _collector;

        public FakeOtlpCollector Collector => _collector ?? throw new InvalidOperationException("not started");

        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
        {
            ["Embeddings:Provider"] = "none",
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = Collector.Endpoint.ToString().TrimEnd('/'),
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
            ["OTEL_SERVICE_NAME"] = "archive-under-test",
        };

        public override async ValueTask InitializeAsync()
        {
            _collector = await FakeOtlpCollector.StartAsync();
            await base.InitializeAsync();
        }

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            if (_collector is not null)
            {
                await _collector.DisposeAsync();
            }

            GC.SuppressFinalize(this);
        }
    }

    [Fact]
    public async Task Search_IsExportedAsATraceAndAMetric_ToTheConfiguredCollector()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var client = api.CreateApiClient();
        using var search = await client.GetAsync(new Uri("/api/search?q=returns&mode=lexical", UriKind.Relative), cancellationToken);
        Assert.Equal(HttpStatusCode.OK, search.StatusCode);

        // Exporters batch; flushing sends what they hold now, as shutting down would. (The meter provider's flush
        // reports false because its Prometheus reader is pulled, not pushed; the OTLP reader still exports.)
        Assert.True(api.Services.GetRequiredService<TracerProvider>().ForceFlush(10_000));
        api.Services.GetRequiredService<MeterProvider>().ForceFlush(10_000);
        Assert.True(api.Services.GetRequiredService<LoggerProvider>().ForceFlush(10_000));

        var collector = api.Collector;
        Assert.True(collector.Received("/v1/traces", "/api/search"), "the request's span names its route");
        Assert.True(collector.Received("/v1/traces", "archive.search"), "the search's own span is exported");
        Assert.True(collector.Received("/v1/traces", "archive-under-test"), "OTEL_SERVICE_NAME names the service");
        Assert.True(collector.Received("/v1/metrics", "archive.search.duration"), "the search histogram is exported");
        Assert.True(collector.Received("/v1/logs", "Serving index generation"), "start-up logs are exported");
    }
}
