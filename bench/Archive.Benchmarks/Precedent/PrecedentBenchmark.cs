using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Archive.Benchmarks.Search;
using Archive.Core.Documents;
using Archive.Core.Indexing;
using Archive.Core.Ingestion;
using Archive.Core.Precedent;
using Archive.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Benchmarks.Precedent;

/// <summary>
/// <c>POST /api/precedent</c> with 120-word drafts against the real API host (a separate process, over HTTP on
/// 127.0.0.1) serving the sample corpus replicated to ~100,000 paragraphs: latency p50/p99 one request at a time,
/// and the same checks in process, to show what HTTP and JSON add.
/// </summary>
internal static class PrecedentBenchmark
{
    private const string BaseUrl = "http://127.0.0.1:5092";
    private const int DraftWords = 120;

    public static async Task<int> RunAsync(string[] args)
    {
        var copies = int.Parse(BenchmarkSetup.Option(args, "--copies", "229"), CultureInfo.InvariantCulture);
        var requests = int.Parse(BenchmarkSetup.Option(args, "--requests", "300"), CultureInfo.InvariantCulture);
        var embeddings = BenchmarkSetup.Option(args, "--embeddings", "minilm");
        var root = RepositoryRoot.Path;
        var folder = Directory.CreateTempSubdirectory("archive-bench-precedent-");
        try
        {
            // An empty corpus folder whose fingerprint the replicated index carries: the host finds it fresh and serves it.
            var corpus = Directory.CreateDirectory(Path.Combine(folder.FullName, "corpus")).FullName;
            var index = Path.Combine(folder.FullName, "index");
            await using var services = BenchmarkSetup.Services(new Dictionary<string, string?> { ["Embeddings:Provider"] = embeddings });
            var ingestor = services.GetRequiredService<CorpusIngestor>();
            var sample = await ingestor.IngestAsync(Path.Combine(root, "corpus"), null, CancellationToken.None);
            var library = ReplicatedLibrary.Create(sample, copies);
            var fingerprint = await CorpusFingerprint.ComputeAsync(
                corpus, ingestor.ListFiles(corpus), await CorpusCatalog.LoadAsync(corpus, CancellationToken.None), null, CancellationToken.None);
            var build = Stopwatch.StartNew();
            var built = await services.GetRequiredService<IndexBuilder>().WriteAsync(library, corpus, fingerprint, new IndexStore(index), CancellationToken.None);
            var drafts = Drafts(sample.Library);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{built.Manifest.Paragraphs} paragraphs ({copies} copies, index built in {build.Elapsed.TotalSeconds:F0} s); embeddings: {embeddings}; {drafts.Count} drafts of {DraftWords} words, {requests} checks, k = 5, one at a time"));

            var live = services.GetRequiredService<LiveIndex>();
            await live.RefreshAsync(new IndexStore(index), CancellationToken.None);
            var finder = services.GetRequiredService<PrecedentFinder>();
            var inProcess = await TimeAsync(drafts, requests, d => finder.FindAsync(d.Text, d.Language, 5, CancellationToken.None));
            Console.WriteLine($"  in process  {inProcess}");

            var http = await HttpAsync(root, corpus, index, embeddings, drafts, requests);
            Console.WriteLine($"  HTTP        {http}");
        }
        finally
        {
            folder.Delete(recursive: true);
        }

        return 0;
    }

    private static async Task<LatencyStats> HttpAsync(string root, string corpus, string index, string embeddings, List<(string Text, DocumentLanguage Language)> drafts, int requests)
    {
        using var host = Process.Start(new ProcessStartInfo("dotnet",
            ["run", "-c", "Release", "--project", Path.Combine(root, "src", "Archive.Api"), "--",
             "--urls", BaseUrl, "--Index:Path", index, "--Corpus:Path", corpus, "--Embeddings:Provider", embeddings,
             "--Commitments:WarmAtStart", "false", "--Logging:LogLevel:Default", "Warning"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri(BaseUrl), Timeout = TimeSpan.FromMinutes(30) };
            await WaitUntilSettledAsync(client, embeddings != "none");
            return await TimeAsync(drafts, requests, async d =>
            {
                using var response = await client.PostAsJsonAsync("/api/precedent", new { text = d.Text, k = 5 });
                response.EnsureSuccessStatusCode();
                return await response.Content.ReadAsStringAsync();
            });
        }
        finally
        {
            host.Kill(entireProcessTree: true);
            await host.WaitForExitAsync();
        }
    }

    /// <summary>
    /// Waits for the host to serve and for its vectors, so that no start-up work runs while requests are timed. (The
    /// host is told not to link commitments at start: on 229 copies of every paragraph that takes over half an hour.)
    /// </summary>
    private static async Task WaitUntilSettledAsync(HttpClient client, bool vectors)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                var health = await client.GetFromJsonAsync<JsonElement>("/healthz");
                var state = health.GetProperty("checks").GetProperty("embeddings").GetProperty("data").GetProperty("vectors").GetInt32();
                if (!vectors || state > 0)
                {
                    break;
                }
            }
            catch (HttpRequestException) when (attempt < 1200)
            {
            }

            await Task.Delay(500);
        }
    }

    /// <summary>Drafts of 120 words: runs of consecutive sample paragraphs in either language, with their first words changed.</summary>
    private static List<(string Text, DocumentLanguage Language)> Drafts(DocumentLibrary library)
    {
        var drafts = new List<(string, DocumentLanguage)>();
        foreach (var document in library.Documents)
        {
            var words = document.Paragraphs.SelectMany(p => p.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
            for (var start = 0; start + DraftWords <= words.Count && drafts.Count < 60; start += 3 * DraftWords)
            {
                var draft = words.Skip(start).Take(DraftWords).ToList();
                draft[0] = document.Language == DocumentLanguage.Indonesian ? "Kami" : "We";
                drafts.Add((string.Join(' ', draft), document.Language));
            }
        }

        return drafts;
    }

    private static async Task<LatencyStats> TimeAsync<T>(List<(string Text, DocumentLanguage Language)> drafts, int count, Func<(string Text, DocumentLanguage Language), Task<T>> check)
    {
        for (var i = 0; i < 20; i++)
        {
            await check(drafts[i % drafts.Count]);
        }

        var latencies = new List<double>(count);
        var total = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            var one = Stopwatch.GetTimestamp();
            await check(drafts[i % drafts.Count]);
            latencies.Add(Stopwatch.GetElapsedTime(one).TotalMilliseconds);
        }

        return LatencyStats.From(latencies, total.Elapsed.TotalSeconds);
    }


}
