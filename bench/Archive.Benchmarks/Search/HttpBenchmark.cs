using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Archive.Benchmarks.Search;

/// <summary>
/// The API host over HTTP, loaded by <c>wrk</c> (Debian's package) from the same machine: <c>/api/search</c> with the
/// benchmark queries in turn, and <c>/api/about</c>, a constant body from the same host, as its own ceiling.
/// </summary>
internal static partial class HttpBenchmark
{
    private const string BaseUrl = "http://127.0.0.1:5091";

    public static async Task RunAsync(string repositoryRoot, IReadOnlyList<(string Query, string Lang)> queries, int seconds)
    {
        if (!Extraction.ExtractionBenchmark.CanRun("wrk", "-v"))
        {
            Console.WriteLine("HTTP: skipped, wrk is not installed (apt-get install wrk)");
            return;
        }

        var index = Directory.CreateTempSubdirectory("archive-bench-http-");
        using var host = Process.Start(new ProcessStartInfo("dotnet",
            ["run", "-c", "Release", "--project", Path.Combine(repositoryRoot, "src", "Archive.Api"), "--",
             "--urls", BaseUrl, "--Index:Path", index.FullName, "--Logging:LogLevel:Default", "Warning"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        try
        {
            await WaitForHealthAsync();
            var script = Path.Combine(index.FullName, "queries.lua");
            await File.WriteAllTextAsync(script, LuaScript(queries));
            var search = Wrk(seconds, script, "/api/search");
            var about = Wrk(seconds, null, "/api/about");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"HTTP  /api/search (sample corpus)  {search}\nHTTP  /api/about (constant)        {about}\nHTTP  search throughput is {100 * search.PerSecond / about.PerSecond:F0}% of the host's constant-body ceiling (target >= 40%)"));
        }
        finally
        {
            host.Kill(entireProcessTree: true);
            await host.WaitForExitAsync();
            index.Delete(recursive: true);
        }
    }

    private static async Task WaitForHealthAsync()
    {
        using var client = new HttpClient();
        for (var attempt = 0; attempt < 600; attempt++)
        {
            try
            {
                using var response = await client.GetAsync($"{BaseUrl}/healthz");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(250);
        }

        throw new TimeoutException("the API host did not become healthy");
    }

    private static string LuaScript(IReadOnlyList<(string Query, string Lang)> queries)
    {
        var script = new StringBuilder("local paths = {\n");
        foreach (var (query, lang) in queries)
        {
            script.Append("  \"/api/search?k=10&lang=").Append(lang).Append("&q=").Append(Uri.EscapeDataString(query)).Append("\",\n");
        }

        return script.Append("}\nlocal i = 0\nrequest = function()\n  i = i % #paths + 1\n  return wrk.format(\"GET\", paths[i])\nend\n").ToString();
    }

    private static LatencyStats Wrk(int seconds, string? script, string path)
    {
        var arguments = new List<string> { "-t2", "-c16", $"-d{seconds}s", "--latency" };
        if (script is not null)
        {
            arguments.AddRange(["-s", script]);
        }

        arguments.Add(BaseUrl + path);
        using var wrk = Process.Start(new ProcessStartInfo("wrk", arguments) { RedirectStandardOutput = true })!;
        var output = wrk.StandardOutput.ReadToEnd();
        wrk.WaitForExit();
        return new LatencyStats(
            Milliseconds(Percentile50().Match(output)),
            Milliseconds(Percentile99().Match(output)),
            double.Parse(RequestsPerSecond().Match(output).Groups[1].Value, CultureInfo.InvariantCulture));
    }

    private static double Milliseconds(Match match)
    {
        var value = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return match.Groups[2].Value switch
        {
            "us" => value / 1000,
            "s" => value * 1000,
            _ => value,
        };
    }

    [GeneratedRegex(@"50%\s+([\d.]+)(us|ms|s)")]
    private static partial Regex Percentile50();

    [GeneratedRegex(@"99%\s+([\d.]+)(us|ms|s)")]
    private static partial Regex Percentile99();

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RequestsPerSecond();
}
