using System.Diagnostics;
using System.Globalization;
using Archive.Benchmarks.Search;
using Archive.Core.Commitments;
using Archive.Core.Ingestion;
using Archive.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Benchmarks.Commitments;

/// <summary>
/// Time to extract the commitments of every paragraph and to link them into lineages, for the sample corpus and for
/// copies of it (default ×1 and ×50).
/// </summary>
internal static class CommitmentBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var copies = BenchmarkSetup.Option(args, "--copies", "1,50").Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture));
        var services = BenchmarkSetup.Services(new Dictionary<string, string?> { ["Embeddings:Provider"] = "none" });
        await using var _ = services;
        var sample = await services.GetRequiredService<CorpusIngestor>().IngestAsync(RepositoryRoot.Corpus, null, CancellationToken.None);
        var extractor = services.GetRequiredService<CommitmentExtractor>();
        var linker = services.GetRequiredService<LineageLinker>();
        CommitmentCatalog.Build(sample.Library, extractor, linker); // warm up
        foreach (var copy in copies)
        {
            var library = ReplicatedLibrary.Create(sample, copy).Library;
            var paragraphs = library.Documents.Sum(d => d.Paragraphs.Count);
            var extract = Stopwatch.StartNew();
            var commitments = library.Documents.Sum(d => d.Paragraphs.Sum(p => extractor.Extract(d, p).Count));
            extract.Stop();
            var build = Stopwatch.StartNew();
            var catalog = CommitmentCatalog.Build(library, extractor, linker);
            build.Stop();
            var linking = build.Elapsed - extract.Elapsed;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"x{copy,-3} {paragraphs,7} paragraphs  {commitments,7} commitments  extract {extract.Elapsed.TotalSeconds,6:F2} s ({paragraphs / extract.Elapsed.TotalSeconds,7:F0} paragraphs/s)  extract+link {build.Elapsed.TotalSeconds,6:F2} s (linking ~{linking.TotalSeconds:F2} s)  {catalog.Lineages(Core.Documents.DocumentLanguage.English).Count(l => l.Steps.Count > 1)} English lineages of 2+ steps"));
        }

        return 0;
    }
}
