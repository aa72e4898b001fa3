using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Core.Search;

/// <summary>
/// Which of a few documents a query matches, and with what score, found by advancing the query's scorer through the
/// documents in order in each segment: a cost of documents, not a pass over the index.
/// </summary>
internal static class QueryMatches
{
    /// <param name="sorted">Index-wide document numbers, ascending and distinct.</param>
    /// <returns>Each matched document with its score for the query, in order.</returns>
    public static IEnumerable<(int Doc, float Score)> Among(IndexSearcher searcher, Query query, IReadOnlyList<int> sorted)
    {
        var weight = searcher.CreateNormalizedWeight(query);
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var end = leaf.DocBase + leaf.Reader.MaxDoc;
            var inSegment = sorted.Where(d => d >= leaf.DocBase && d < end).ToList();
            if (inSegment.Count == 0 || weight.GetScorer((AtomicReaderContext)leaf, leaf.AtomicReader.LiveDocs) is not { } scorer)
            {
                continue;
            }

            foreach (var doc in inSegment)
            {
                var local = doc - leaf.DocBase;
                var at = scorer.DocID >= local ? scorer.DocID : scorer.Advance(local);
                if (at == DocIdSetIterator.NO_MORE_DOCS)
                {
                    break;
                }

                if (at == local)
                {
                    yield return (doc, scorer.GetScore());
                }
            }
        }
    }
}
