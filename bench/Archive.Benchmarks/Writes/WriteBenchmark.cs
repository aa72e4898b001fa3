using System.Diagnostics;
using System.Globalization;
using System.Text;
using Archive.Core.Indexing;
using Archive.Testing;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;

namespace Archive.Benchmarks.Writes;

/// <summary>
/// What adding one document costs as the archive grows: archives of 20, 200 and 2,000 documents (the real PDFs of
/// ../shared/realdocs, or the sample corpus's, each copy made a distinct file as real documents are), then one
/// 20-page PDF added and the generation rebuilt and opened, as an upload does. Timed with the extraction cache
/// (each unchanged file read back by its hash) and without it (every file extracted again, as before the cache),
/// in the same run, with the process's peak memory. Embeddings are off: the vectors of unchanged paragraphs are
/// reused by hash either way, and embedding the sizes here from nothing would take the run's hours.
/// </summary>
internal static class WriteBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var sizes = BenchmarkSetup.Option(args, "--sizes", "20,200,2000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();
        var sources = Sources();
        var added = sources.MinBy(s => Math.Abs(Pages(s) - 20))!;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{sources.Count} source PDFs ({Path.GetDirectoryName(sources[0])}); the document added: {Path.GetFileName(added)}, {Pages(added)} pages; {Environment.ProcessorCount} cores"));
        Console.WriteLine("| documents | first build | add one, cached: built | searchable | add one, every file extracted: built | searchable | peak RSS |");
        Console.WriteLine("|---|---|---|---|---|---|---|");
        foreach (var size in sizes)
        {
            await MeasureAsync(size, sources, added);
        }

        return 0;
    }

    private static async Task MeasureAsync(int size, IReadOnlyList<string> sources, string added)
    {
        var folder = Directory.CreateTempSubdirectory("archive-bench-writes-");
        try
        {
            var corpus = Directory.CreateDirectory(Path.Combine(folder.FullName, "corpus")).FullName;
            for (var i = 0; i < size; i++)
            {
                await CopyDistinctAsync(sources[i % sources.Count], Path.Combine(corpus, $"doc-{i:D4}-{Path.GetFileName(sources[i % sources.Count])}"), i);
            }

            var cached = Path.Combine(folder.FullName, "extraction-cache");
            var uncached = Path.Combine(folder.FullName, "extraction-cache-emptied");
            var first = await TimeAddAsync(folder, corpus, "first", cached, null, size);
            await CopyDistinctAsync(added, Path.Combine(corpus, "added-one.pdf"), size);
            var withCache = await TimeAddAsync(folder, corpus, "cached", cached, null, size);
            await CopyDistinctAsync(added, Path.Combine(corpus, "added-two.pdf"), size + 1);
            var without = await TimeAddAsync(folder, corpus, "uncached", uncached, uncached, size);
            using var process = Process.GetCurrentProcess();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {size:N0} | {first.Built.TotalSeconds:F1} s | {withCache.Built.TotalSeconds:F2} s | {withCache.Searchable.TotalSeconds:F2} s | {without.Built.TotalSeconds:F2} s | {without.Searchable.TotalSeconds:F2} s | {process.PeakWorkingSet64 / (1024 * 1024):N0} MB |"));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>A rebuild of the corpus into its own index and the new generation opened for searching.</summary>
    /// <param name="emptied">A cache folder deleted first, so that every file is extracted.</param>
    private static async Task<(TimeSpan Built, TimeSpan Searchable)> TimeAddAsync(DirectoryInfo folder, string corpus, string name, string cache, string? emptied, int size)
    {
        if (emptied is not null && Directory.Exists(emptied))
        {
            Directory.Delete(emptied, recursive: true);
        }

        await using var services = BenchmarkSetup.Services(new Dictionary<string, string?>
        {
            ["Embeddings:Provider"] = "none",
            ["Extraction:Ocr"] = "off",
            ["Extraction:ExtractionCachePath"] = cache,
            ["Extraction:OcrCachePath"] = Path.Combine(folder.FullName, "ocr-cache"),
        });
        var store = new IndexStore(Path.Combine(folder.FullName, "index-" + name));
        var clock = Stopwatch.StartNew();
        var built = await services.GetRequiredService<IndexBuilder>().BuildAsync(corpus, store, null, CancellationToken.None);
        var builtAt = clock.Elapsed;
        await services.GetRequiredService<LiveIndex>().RefreshAsync(store, CancellationToken.None);
        if (built.Manifest.Documents < size)
        {
            throw new InvalidOperationException($"{name}: {built.Manifest.Documents} documents indexed of {size}");
        }

        return (builtAt, clock.Elapsed);
    }

    /// <summary>A copy whose bytes differ (a PDF comment after its end), so that its hash and its cache entry are its own.</summary>
    private static async Task CopyDistinctAsync(string source, string target, int copy)
    {
        var bytes = await File.ReadAllBytesAsync(source);
        await File.WriteAllBytesAsync(target, [.. bytes, .. Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"\n% copy {copy}\n"))]);
    }

    private static List<string> Sources()
    {
        var real = Path.Combine(RepositoryRoot.Path, "..", "shared", "realdocs", "pdf");
        var folder = Directory.Exists(real) ? real : RepositoryRoot.Corpus;
        return [.. Directory.EnumerateFiles(folder, "*.pdf").Order(StringComparer.Ordinal)];
    }

    private static int Pages(string pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.NumberOfPages;
    }
}
