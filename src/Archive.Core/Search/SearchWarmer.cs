using System.Diagnostics;
using Archive.Core.Embeddings;
using Archive.Core.Indexing;
using Microsoft.Extensions.Logging;

namespace Archive.Core.Search;

/// <summary>
/// Readies a newly opened generation for its first searches, so that they are not the slow ones: reads each
/// segment's facet table and the paragraph-to-vector rows, and runs a search in each mode the generation can serve
/// (compiling the code paths, loading the model and the index's term dictionaries) before users ask.
/// </summary>
public sealed partial class SearchWarmer(LiveIndex index, ArchiveSearch search, ParagraphVectorStore vectors, ILogger<SearchWarmer> logger) : IGenerationWarmer
{
    // One strict and one relaxed search per language; the words need not be in the corpus.
    private static readonly string[] Queries = ["returns reintegration", "perdagangan orang", "boats people rescued at sea who takes them in"];

    Task IGenerationWarmer.WarmAsync(ServedGeneration generation, CancellationToken cancellationToken) => WarmAsync(cancellationToken);

    /// <returns>How long warming took.</returns>
    public async Task<TimeSpan> WarmAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        SearchMode[] modes;
        using (var lease = index.Acquire())
        {
            foreach (var leaf in lease.Searcher.IndexReader.Leaves)
            {
                SegmentFacets.Of(leaf.AtomicReader);
            }

            var served = vectors.For(lease.GenerationName);
            served?.DocumentRows(lease.Searcher.IndexReader, IndexFields.Id);
            modes = served is null ? [SearchMode.Lexical] : [SearchMode.Lexical, SearchMode.Hybrid];
        }

        foreach (var mode in modes)
        {
            foreach (var query in Queries)
            {
                cancellationToken.ThrowIfCancellationRequested();
                await search.SearchAsync(new SearchRequest(query, Mode: mode), cancellationToken);
            }
        }

        var elapsed = Stopwatch.GetElapsedTime(started);
        LogWarmed(logger, index.GenerationName, modes.Length == 1 ? "lexical" : "lexical and hybrid", elapsed.TotalMilliseconds);
        return elapsed;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Warmed index generation {Generation} for {Modes} search in {Milliseconds:F0} ms")]
    private static partial void LogWarmed(ILogger logger, string? generation, string modes, double milliseconds);
}
