using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Archive.Testing;

namespace Archive.Api.Tests.Clients;

/// <summary>
/// /metrics as Prometheus reads it: promtool's linter on the exposition, and a real Prometheus server scraping the
/// service, whose query API must then hold the series an alert watches (at zero before any fallback or failure).
/// </summary>
public sealed class PrometheusTests(ArchiveApiFactory api) : IClassFixture<ArchiveApiFactory>, IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("archive-prometheus-");

    [Fact]
    public async Task Promtool_ChecksTheExposition_WithoutAProblem()
    {
        using var client = api.CreateApiClient();
        using var search = await client.GetAsync(new Uri("/api/search?q=returns", UriKind.Relative), TestContext.Current.CancellationToken);
        var exposition = await client.GetStringAsync(new Uri("/metrics", UriKind.Relative), TestContext.Current.CancellationToken);
        var file = Path.Combine(_folder.FullName, "metrics.txt");
        await File.WriteAllTextAsync(file, exposition, TestContext.Current.CancellationToken);

        // promtool reads the exposition on standard input and prints one line per problem; it exits 1 on any.
        var output = await ExternalProcess.RunAsync("sh", ["-c", "promtool check metrics < metrics.txt 2>&1"], _folder.FullName,
            new Dictionary<string, string>(), TestContext.Current.CancellationToken);

        Assert.Equal(string.Empty, output.Trim());
    }

    [Fact]
    public async Task PrometheusServer_ScrapesTheService_AndHoldsTheAlertedSeriesFromTheStart()
    {
        using var client = api.CreateApiClient();
        var port = FreePort();
        await File.WriteAllTextAsync(Path.Combine(_folder.FullName, "prometheus.yml"), $"""
            global:
              scrape_interval: 1s
            scrape_configs:
              - job_name: archive
                static_configs:
                  - targets: ["{client.BaseAddress!.Authority}"]
            """, TestContext.Current.CancellationToken);
        using var prometheus = Process.Start(new ProcessStartInfo("prometheus")
        {
            ArgumentList = { "--config.file=prometheus.yml", $"--storage.tsdb.path={Path.Combine(_folder.FullName, "data")}", $"--web.listen-address=127.0.0.1:{port}" },
            WorkingDirectory = _folder.FullName,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        // Its log is read and dropped, so that a full pipe never stops it.
        prometheus.BeginOutputReadLine();
        prometheus.BeginErrorReadLine();
        try
        {
            using var query = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            var fallbacks = await SeriesAsync(query, "archive_search_fallbacks_total");
            var failures = await SeriesAsync(query, "archive_embedding_failures_total");
            var up = await SeriesAsync(query, "up{job=\"archive\"}");

            Assert.Equal("1", Assert.Single(up));
            Assert.NotEmpty(fallbacks);
            Assert.NotEmpty(failures);
        }
        finally
        {
            prometheus.Kill();
            await prometheus.WaitForExitAsync(TestContext.Current.CancellationToken);
        }
    }

    public void Dispose() => _folder.Delete(recursive: true);

    /// <summary>The values of a query's series once Prometheus has scraped at least once (up to 30 s).</summary>
    private static async Task<IReadOnlyList<string>> SeriesAsync(HttpClient prometheus, string expression)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            try
            {
                using var answer = JsonDocument.Parse(await prometheus.GetStringAsync(
                    $"/api/v1/query?query={Uri.EscapeDataString(expression)}", TestContext.Current.CancellationToken));
                var series = answer.RootElement.GetProperty("data").GetProperty("result").EnumerateArray()
                    .Select(s => s.GetProperty("value")[1].GetString()!).ToList();
                if (series.Count > 0 || DateTime.UtcNow > deadline)
                {
                    return series;
                }
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
                // Not listening yet.
            }

            await Task.Delay(500, TestContext.Current.CancellationToken);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
