using System.Diagnostics;
using System.Globalization;
using Archive.Core.Documents;
using Archive.Core.Indexing;
using Archive.Core.Ingestion;
using Archive.Core.Search;
using Archive.Core.Tests.Search;
using Archive.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Benchmarks.Search;

/// <summary>
/// Search latency (p50, p99) and single-thread throughput of the archive's search (with highlighting and
/// why-it-matched) beside SQLite FTS5 (porter, with highlight()) on the same paragraphs and queries, at the sample
/// corpus and at copies of it up to ~100,000 paragraphs; then the API over HTTP against its own ceiling.
/// </summary>
internal static class SearchBenchmark
{
    private const int Warmup = 1_000;

    public static async Task<int> RunAsync(string[] args)
    {
        var copies = BenchmarkSetup.Option(args, "--copies", "1,28,275").Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToList();
        var searches = int.Parse(BenchmarkSetup.Option(args, "--searches", "2000"), CultureInfo.InvariantCulture);
        var seconds = int.Parse(BenchmarkSetup.Option(args, "--http-seconds", "10"), CultureInfo.InvariantCulture);
        var root = RepositoryRoot.Path;
        var queries = BenchmarkQueries.Load(root);

        await using var services = BenchmarkSetup.Services(new Dictionary<string, string?> { ["Embeddings:Provider"] = "none" });
        var sample = await services.GetRequiredService<CorpusIngestor>().IngestAsync(Path.Combine(root, "corpus"), null, CancellationToken.None);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{queries.Count} queries, {searches} timed searches per system and size, k = 10, one thread"));
        foreach (var copy in copies)
        {
            await MeasureAsync(services, ReplicatedLibrary.Create(sample, copy), queries, searches);
        }

        await HttpBenchmark.RunAsync(root, queries, seconds);
        return 0;
    }

    private static async Task MeasureAsync(ServiceProvider services, IngestResult library, IReadOnlyList<(string Query, string Lang)> queries, int searches)
    {
        var folder = Directory.CreateTempSubdirectory("archive-bench-index-");
        var keep = Environment.GetEnvironmentVariable("ARCHIVE_BENCH_KEEP_INDEX") == "1";
        try
        {
            var store = new IndexStore(folder.FullName);
            var build = Stopwatch.StartNew();
            await services.GetRequiredService<IndexBuilder>().WriteAsync(library, "replicated", new CorpusFingerprint(0, "bench", null, []), store, CancellationToken.None);
            build.Stop();
            using var live = new LiveIndex();
            await live.RefreshAsync(store, CancellationToken.None);
            var searcher = new ParagraphSearcher(live, services.GetRequiredService<SearchQueryBuilder>());
            var (archive, slowest) = Time(queries, searches, q => searcher.Search(new SearchRequest(q.Query, DocumentLanguages.Parse(q.Lang), K: 10), CancellationToken.None));

            using var fts5 = new Fts5Baseline(library.Library);
            var (sqlite, _) = Time(queries, searches, q => fts5.Search(q.Query, q.Lang, 10, highlight: true));

            var paragraphs = library.Library.Documents.Sum(d => d.Paragraphs.Count);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{paragraphs,7} paragraphs (index built in {build.Elapsed.TotalSeconds:F1} s)\n  archive  {archive}\n  FTS5     {sqlite}\n  archive p99 / FTS5 p99 = {archive.P99Ms / sqlite.P99Ms:F2}; throughput ratio archive / FTS5 = {archive.PerSecond / sqlite.PerSecond:F2}\n  slowest archive queries (median ms): {slowest}"));
        }
        finally
        {
            if (keep)
            {
                Console.WriteLine($"  index kept in {folder.FullName}");
            }
            else
            {
                folder.Delete(recursive: true);
            }
        }
    }

    private static (LatencyStats Stats, string Slowest) Time<T>(IReadOnlyList<(string Query, string Lang)> queries, int searches, Func<(string Query, string Lang), T> search)
    {
        for (var i = 0; i < Warmup; i++)
        {
            search(queries[i % queries.Count]);
        }

        var latencies = new List<double>(searches);
        var perQuery = queries.Select(_ => new List<double>()).ToList();
        var total = Stopwatch.StartNew();
        for (var i = 0; i < searches; i++)
        {
            var one = Stopwatch.GetTimestamp();
            search(queries[i % queries.Count]);
            var elapsed = Stopwatch.GetElapsedTime(one).TotalMilliseconds;
            latencies.Add(elapsed);
            perQuery[i % queries.Count].Add(elapsed);
        }

        var stats = LatencyStats.From(latencies, total.Elapsed.TotalSeconds);
        var slowest = perQuery.Select((times, i) => (Median: times.Order().ElementAt(times.Count / 2), queries[i].Query))
            .OrderByDescending(q => q.Median)
            .Take(4)
            .Select(q => string.Create(CultureInfo.InvariantCulture, $"\"{q.Query}\" {q.Median:F1}"));
        return (stats, string.Join(", ", slowest));
    }


}
