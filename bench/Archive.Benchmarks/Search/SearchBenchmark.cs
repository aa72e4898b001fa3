using System.Diagnostics;
using System.Globalization;
using Archive.Core.Documents;
using Archive.Core.Embeddings;
using Archive.Core.Indexing;
using Archive.Core.Ingestion;
using Archive.Core.Search;
using Archive.Core.Tests.Search;
using Archive.Testing;
using Lucene.Net.Search;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Benchmarks.Search;

/// <summary>
/// Search latency (p50, p99) and throughput of the archive's search (lexical and hybrid, with snippets, highlights
/// and why-it-matched) beside SQLite FTS5 (porter, with highlight()) on the same paragraphs and queries, at the
/// sample corpus and at copies of it to ~120,000 and ~1,000,000 paragraphs, with the process's memory at each size;
/// then the API over HTTP against its own ceiling and against the in-process throughput on both cores.
/// </summary>
internal static class SearchBenchmark
{
    private const int Warmup = 1_000;
    private const int ScalingRounds = 3;

    public static async Task<int> RunAsync(string[] args)
    {
        var copies = BenchmarkSetup.Option(args, "--copies", "1,275,2283").Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToList();
        var searches = int.Parse(BenchmarkSetup.Option(args, "--searches", "2000"), CultureInfo.InvariantCulture);
        var seconds = int.Parse(BenchmarkSetup.Option(args, "--http-seconds", "15"), CultureInfo.InvariantCulture);
        var root = RepositoryRoot.Path;
        var queries = BenchmarkQueries.Load(root);

        await using var services = BenchmarkSetup.Services(new Dictionary<string, string?> { ["Embeddings:Provider"] = "minilm" });
        await services.GetRequiredService<EmbeddingService>().ReadyModelAsync(CancellationToken.None);
        var sample = await services.GetRequiredService<CorpusIngestor>().IngestAsync(Path.Combine(root, "corpus"), null, CancellationToken.None);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{queries.Count} queries (the relevance set), {searches} timed searches per system, mode and size, k = 10; embeddings: bundled MiniLM; {Environment.ProcessorCount} cores"));
        InProcess? atSample = null;
        foreach (var copy in copies)
        {
            var measured = await MeasureAsync(services, ReplicatedLibrary.Create(sample, copy), queries, searches, parallel: copy == 1);
            atSample ??= measured;
        }

        if (seconds > 0)
        {
            await HttpBenchmark.RunAsync(root, queries, seconds, atSample);
        }

        return 0;
    }

    private static async Task<InProcess> MeasureAsync(ServiceProvider services, IngestResult library, IReadOnlyList<(string Query, string Lang)> queries, int searches, bool parallel)
    {
        var folder = Directory.CreateTempSubdirectory("archive-bench-index-");
        try
        {
            var store = new IndexStore(folder.FullName);
            var build = Stopwatch.StartNew();
            var built = await services.GetRequiredService<IndexBuilder>().WriteAsync(library, "replicated", new CorpusFingerprint(0, "bench", null, []), store, CancellationToken.None);
            build.Stop();
            var live = services.GetRequiredService<LiveIndex>();
            var open = Stopwatch.StartNew();
            await live.RefreshAsync(store, CancellationToken.None);
            open.Stop();
            var warm = await services.GetRequiredService<SearchWarmer>().WarmAsync(CancellationToken.None);
            var search = services.GetRequiredService<ArchiveSearch>();
            var first = Stopwatch.StartNew();
            await search.SearchAsync(new SearchRequest(queries[0].Query, DocumentLanguages.Parse(queries[0].Lang), K: 10, Mode: SearchMode.Hybrid), CancellationToken.None);
            first.Stop();

            Task<SearchResult> Search((string Query, string Lang) q, SearchMode mode) =>
                search.SearchAsync(new SearchRequest(q.Query, DocumentLanguages.Parse(q.Lang), K: 10, Mode: mode), CancellationToken.None);
            var (lexical, slowest, lexicalTimes) = await TimeAsync(queries, searches, q => Search(q, SearchMode.Lexical));
            var (hybrid, _, hybridTimes) = await TimeAsync(queries, searches, q => Search(q, SearchMode.Hybrid));
            var rss = ResidentMegabytes();
            var scan = await ScanAsync(services, live, queries);
            var engines = Engines(services, live, queries);

            using var fts5 = new Fts5Baseline(library.Library);
            var (sqlite, _, _) = await TimeAsync(queries, searches, q => Task.FromResult(fts5.Search(q.Query, q.Lang, 10, highlight: true)));

            var added = hybridTimes.Zip(lexicalTimes, (h, l) => h - l).Order().ToList();
            var paragraphs = built.Manifest.Paragraphs;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"""

                {paragraphs,9:N0} paragraphs: index built in {build.Elapsed.TotalSeconds:F1} s ({Megabytes(store.Root):N0} MB on disk with {built.Vectors?.Vectors.Count ?? 0:N0} vectors), opened in {open.Elapsed.TotalMilliseconds:F0} ms, warmed in {warm.TotalMilliseconds:F0} ms, first hybrid search after that {first.Elapsed.TotalMilliseconds:F1} ms
                  archive lexical  {lexical}
                  archive hybrid   {hybrid}
                  FTS5             {sqlite}
                  lexical p99 / FTS5 p99 = {lexical.P99Ms / sqlite.P99Ms:F2} (target <= 0.10 at ~120,000); lexical throughput / FTS5 = {lexical.PerSecond / sqlite.PerSecond:F2}
                  hybrid adds over lexical, same query: p50 {LatencyStats.Percentile(added, 0.5):F2} ms, p99 {LatencyStats.Percentile(added, 0.99):F2} ms (target p99 <= 20 ms)
                  process RSS with this generation open, its vectors and the model loaded: {rss:N0} MB (target < 500 MB at ~120,000)
                  {scan}
                  {engines}
                  slowest lexical queries (median ms): {slowest}
                """));
            if (!parallel)
            {
                return new InProcess(lexical.PerSecond, hybrid.PerSecond, null, null);
            }

            var (lexicalOne, lexicalBoth) = await ScalingAsync(queries, searches, q => Search(q, SearchMode.Lexical));
            var (hybridOne, hybridBoth) = await ScalingAsync(queries, searches, q => Search(q, SearchMode.Hybrid));
            // FTS5 on the same queries, one database per thread: native code without a garbage collector, so what two
            // threads get over one is the machine's own ceiling for this work.
            using var perThread = new ThreadLocal<Fts5Baseline>(() => new Fts5Baseline(library.Library), trackAllValues: true);
            var (sqliteOne, sqliteBoth) = await ScalingAsync(queries, searches, q => Task.FromResult(perThread.Value!.Search(q.Query, q.Lang, 10, highlight: true)));
            foreach (var baseline in perThread.Values)
            {
                baseline.Dispose();
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  1 -> {Environment.ProcessorCount} threads, median of {ScalingRounds} interleaved rounds: lexical {lexicalOne:F0} -> {lexicalBoth:F0}/s ({lexicalBoth / lexicalOne:F2}x), hybrid {hybridOne:F0} -> {hybridBoth:F0}/s ({hybridBoth / hybridOne:F2}x), FTS5 {sqliteOne:F0} -> {sqliteBoth:F0}/s ({sqliteBoth / sqliteOne:F2}x)"));
            return new InProcess(lexical.PerSecond, hybrid.PerSecond, lexicalBoth, hybridBoth);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static async Task<(LatencyStats Stats, string Slowest, List<double> Latencies)> TimeAsync<T>(IReadOnlyList<(string Query, string Lang)> queries, int searches, Func<(string Query, string Lang), Task<T>> search)
    {
        for (var i = 0; i < Math.Min(Warmup, searches); i++)
        {
            await search(queries[i % queries.Count]);
        }

        var latencies = new List<double>(searches);
        var perQuery = queries.Select(_ => new List<double>()).ToList();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var total = Stopwatch.StartNew();
        for (var i = 0; i < searches; i++)
        {
            var one = Stopwatch.GetTimestamp();
            await search(queries[i % queries.Count]);
            var elapsed = Stopwatch.GetElapsedTime(one).TotalMilliseconds;
            latencies.Add(elapsed);
            perQuery[i % queries.Count].Add(elapsed);
        }

        var elapsedSeconds = total.Elapsed.TotalSeconds;
        var stats = LatencyStats.From([.. latencies], elapsedSeconds, GC.GetTotalAllocatedBytes(precise: true) - allocated);
        var slowest = perQuery.Select((times, i) => (Median: times.Order().ElementAt(times.Count / 2), queries[i].Query))
            .OrderByDescending(q => q.Median)
            .Take(3)
            .Select(q => string.Create(CultureInfo.InvariantCulture, $"\"{q.Query}\" {q.Median:F1}"));
        return (stats, string.Join(", ", slowest), latencies);
    }

    /// <summary>The exhaustive cosine pass of semantic and hybrid search over the vectors as 32-bit floats and as 8-bit integers.</summary>
    private static async Task<string> ScanAsync(ServiceProvider services, LiveIndex live, IReadOnlyList<(string Query, string Lang)> queries)
    {
        var served = services.GetRequiredService<ParagraphVectorStore>().For(live.GenerationName)!;
        var (exact, coded) = (served.ToFloat32(), served.ToInt8());
        var query = await services.GetRequiredService<EmbeddingService>().EmbedQueryAsync(queries[0].Query, CancellationToken.None);
        using var lease = live.Acquire();
        double Milliseconds(ParagraphVectors vectors)
        {
            SemanticScan.Run(lease.Searcher.IndexReader, null, vectors, query, 0.35, 100);
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < 50; i++)
            {
                SemanticScan.Run(lease.Searcher.IndexReader, null, vectors, query, 0.35, 100);
            }

            return clock.Elapsed.TotalMilliseconds / 50;
        }

        return string.Create(CultureInfo.InvariantCulture,
            $"cosine pass over {exact.Count:N0} paragraphs: 32-bit {Milliseconds(exact):F2} ms ({exact.Bytes / 1e6:F0} MB), 8-bit {Milliseconds(coded):F2} ms ({coded.Bytes / 1e6:F0} MB)");
    }

    /// <summary>
    /// The lexical pass alone (the query the search runs, strict or relaxed, its ten best and every match counted for
    /// the facets) scored by Lucene's scorers and a term at a time, query by query in alternation, so that both see
    /// the same machine.
    /// </summary>
    private static string Engines(ServiceProvider services, LiveIndex live, IReadOnlyList<(string Query, string Lang)> queries)
    {
        const int Rounds = 15;
        var builder = services.GetRequiredService<SearchQueryBuilder>();
        using var lease = live.Acquire();
        var searcher = lease.Searcher;
        var (lucene, accumulated) = (new List<double>(), new List<double>());
        for (var round = 0; round < Rounds; round++)
        {
            foreach (var (text, lang) in queries)
            {
                var request = new SearchRequest(text, DocumentLanguages.Parse(lang));
                var built = builder.Build(QuerySyntax.Parse(text), exact: false, request.Language, new TermLookup(searcher.IndexReader, lease.Postings), lease.Lexicon);
                var filter = SearchFilters.For(request);
                var query = searcher.Search(built.Strict(), filter, 1).TotalHits > 0 ? built.Strict() : built.Relaxed();
                var clock = Stopwatch.GetTimestamp();
                var top = TopScoreDocCollector.Create(10, docsScoredInOrder: true);
                searcher.Search(query, filter, MultiCollector.Wrap(top, new FacetCollector()));
                var theirs = Stopwatch.GetElapsedTime(clock).TotalMilliseconds;
                clock = Stopwatch.GetTimestamp();
                var ours = AccumulatedSearch.Top(searcher, query, filter, 10, new FacetCollector());
                accumulated.Add(Stopwatch.GetElapsedTime(clock).TotalMilliseconds);
                lucene.Add(theirs);
                if (ours.TotalHits != top.TotalHits)
                {
                    throw new InvalidOperationException($"\"{text}\": {ours.TotalHits} matches scored a term at a time, {top.TotalHits} by Lucene");
                }
            }
        }

        lucene.Sort();
        accumulated.Sort();
        return string.Create(CultureInfo.InvariantCulture,
            $"lexical pass only ({queries.Count} queries x {Rounds}, interleaved): Lucene's scorers p50 {LatencyStats.Percentile(lucene, 0.5):F2} ms p99 {LatencyStats.Percentile(lucene, 0.99):F2} ms, term at a time p50 {LatencyStats.Percentile(accumulated, 0.5):F2} ms p99 {LatencyStats.Percentile(accumulated, 0.99):F2} ms");
    }

    /// <summary>
    /// Searches per second on one thread and with one searcher per core, measured in alternating rounds so that both
    /// see the same machine, the median of each: one run of each differed by 15% from the next on this machine.
    /// </summary>
    private static async Task<(double One, double All)> ScalingAsync<T>(IReadOnlyList<(string Query, string Lang)> queries, int searches, Func<(string Query, string Lang), Task<T>> search)
    {
        var one = new List<double>();
        var all = new List<double>();
        for (var round = 0; round < ScalingRounds; round++)
        {
            one.Add(await ThroughputAsync(queries, searches, search, threads: 1));
            all.Add(await ThroughputAsync(queries, searches, search, Environment.ProcessorCount));
        }

        return (LatencyStats.Percentile([.. one.Order()], 0.5), LatencyStats.Percentile([.. all.Order()], 0.5));
    }

    /// <summary>Searches per second with <paramref name="threads"/> searchers, each taking the queries in turn.</summary>
    private static async Task<double> ThroughputAsync<T>(IReadOnlyList<(string Query, string Lang)> queries, int searches, Func<(string Query, string Lang), Task<T>> search, int threads)
    {
        var clock = Stopwatch.StartNew();
        await Parallel.ForAsync(0, searches, new ParallelOptions { MaxDegreeOfParallelism = threads }, async (i, _) => await search(queries[i % queries.Count]));
        return searches / clock.Elapsed.TotalSeconds;
    }

    /// <summary>The process's resident memory after a full, compacting collection.</summary>
    private static long ResidentMegabytes()
    {
        System.Runtime.GCSettings.LargeObjectHeapCompactionMode = System.Runtime.GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        using var process = Process.GetCurrentProcess();
        return process.WorkingSet64 / (1024 * 1024);
    }

    private static long Megabytes(string folder) =>
        new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length) / (1024 * 1024);
}

/// <summary>In-process throughput at the sample size: one thread, and one per core where measured.</summary>
internal sealed record InProcess(double Lexical, double Hybrid, double? LexicalBothCores, double? HybridBothCores);
