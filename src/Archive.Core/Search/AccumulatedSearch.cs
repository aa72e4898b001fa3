using System.Buffers;
using Lucene.Net.Search;

namespace Archive.Core.Search;

/// <summary>
/// A query's best <c>n</c> paragraphs by score, and every match counted, scored a term at a time: each term's postings
/// are read straight through and its scores added into an array per segment, instead of Lucene's document-at-a-time
/// scorers, which keep the query's words and fields (some thirty postings lists) in nested heaps and pay a heap step
/// for every posting. The scores are Lucene's (the same similarity, weights and coordination; sums may differ in the
/// last bit), every match is found, and ties go to the earlier document as in Lucene's collector.
/// </summary>
internal static class AccumulatedSearch
{
    /// <summary>The best <paramref name="n"/> matches of <paramref name="query"/> that <paramref name="filter"/> lets through, and how many match.</summary>
    /// <param name="everyMatch">Given every match, segment by segment in document order; it must not read scores.</param>
    public static TopDocs Top(IndexSearcher searcher, Query query, Filter? filter, int n, ICollector everyMatch)
    {
        using var exclusions = new Exclusions(searcher);
        var root = AccumulatedClause.Of(query, searcher, exclusions);
        var best = new BestDocuments(n);
        var total = 0;
        foreach (var segment in searcher.IndexReader.Leaves)
        {
            var maxDoc = segment.Reader.MaxDoc;
            using var within = filter is null ? null : Accepted(filter, segment);
            if (within is not null && within.NextFrom(0) < 0)
            {
                continue;
            }

            var scores = ArrayPool<float>.Shared.Rent(maxDoc);
            try
            {
                Array.Clear(scores, 0, maxDoc);
                using var matched = new DocSet(maxDoc);
                root.Accumulate(segment, scores, matched, within);
                if (within is not null)
                {
                    matched.IntersectWith(within);
                }

                everyMatch.SetNextReader(segment);
                for (var doc = matched.NextFrom(0); doc >= 0; doc = matched.NextFrom(doc + 1))
                {
                    total++;
                    everyMatch.Collect(doc);
                    best.Offer(segment.DocBase + doc, scores[doc]);
                }
            }
            finally
            {
                ArrayPool<float>.Shared.Return(scores);
            }
        }

        ScoreDoc[] top = [.. best.TakeBestFirst().Select(d => new ScoreDoc(d.Doc, d.Score))];

        return new TopDocs(total, top, top.Length > 0 ? top[0].Score : float.NaN);
    }

    /// <summary>The segment's documents the filter lets through, deleted ones included (the scored clauses leave them out).</summary>
    private static DocSet Accepted(Filter filter, Lucene.Net.Index.AtomicReaderContext segment) => filter is QueryWrapperFilter { Query: var query }
        ? SegmentQueryCache.Matches(segment, query, context => filter.GetDocIdSet(context, acceptDocs: null)?.GetIterator())
        : DocSet.Of(filter.GetDocIdSet(segment, acceptDocs: null)?.GetIterator(), segment.Reader.MaxDoc);
}
