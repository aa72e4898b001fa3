using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Archive.Benchmarks.Search;

/// <summary>
/// The API host over HTTP, loaded by <c>wrk</c> (Debian's package) from the same machine: <c>/api/search</c> with the
/// benchmark queries in turn in lexical and hybrid mode (compact hits, as the API answers by default), and
/// <c>/api/about</c>, a constant body from the same host, as its own ceiling.
/// </summary>
internal static partial class HttpBenchmark
{
    private const string BaseUrl = "http://127.0.0.1:5091";

    public static async Task RunAsync(string repositoryRoot, IReadOnlyList<(string Query, string Lang)> queries, int seconds, InProcess? inProcess)
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
            await ApiHost.WaitUntilHealthyAsync(BaseUrl, TimeSpan.FromSeconds(150));
            var api = ApiProcess(host);
            using var client = new HttpClient();
            var first = Stopwatch.StartNew();
            await client.GetStringAsync(new Uri($"{BaseUrl}/api/search?q={Uri.EscapeDataString(queries[0].Query)}"));
            first.Stop();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"\nHTTP, the API on the sample corpus, {queries.Count} distinct queries in turn, 16 connections, 2 wrk threads on the same 2 cores; first search after start {first.Elapsed.TotalMilliseconds:F0} ms"));
            var about = Wrk(seconds, null, "/api/about");
            foreach (var mode in new[] { "lexical", "hybrid" })
            {
                var script = Path.Combine(index.FullName, $"{mode}.lua");
                await File.WriteAllTextAsync(script, LuaScript(queries, mode));
                var search = Wrk(seconds, script, "/api/search");
                var both = mode == "lexical" ? inProcess?.LexicalBothCores : inProcess?.HybridBothCores;
                var share = both is double perSecond ? string.Create(CultureInfo.InvariantCulture, $"; {100 * search.PerSecond / perSecond:F0}% of the in-process {perSecond:F0}/s on both cores (target >= 50%)") : string.Empty;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"HTTP  /api/search {mode,-8} {search}{share}"));
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"HTTP  /api/about (constant) {about}  (the host's ceiling)\nHTTP  API RSS after the load: {ApiHost.Megabytes(api, "VmRSS")} MB"));
        }
        finally
        {
            host.Kill(entireProcessTree: true);
            await host.WaitForExitAsync();
            index.Delete(recursive: true);
        }
    }

    /// <summary>The API's own process: <c>dotnet run</c> starts it as a child.</summary>
    private static int ApiProcess(Process run)
    {
        var children = Directory.EnumerateDirectories("/proc").Select(Path.GetFileName)
            .Where(name => int.TryParse(name, out _))
            .Select(int.Parse!)
            .Where(pid => File.Exists($"/proc/{pid}/stat") && ParentOf(pid) == run.Id)
            .ToList();
        return children.Count > 0 ? children[0] : run.Id;
    }

    private static int ParentOf(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return -1;
        }
    }

    private static string LuaScript(IReadOnlyList<(string Query, string Lang)> queries, string mode)
    {
        var script = new StringBuilder("local paths = {\n");
        foreach (var (query, lang) in queries)
        {
            script.Append("  \"/api/search?k=10&mode=").Append(mode).Append("&lang=").Append(lang).Append("&q=").Append(Uri.EscapeDataString(query)).Append("\",\n");
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
