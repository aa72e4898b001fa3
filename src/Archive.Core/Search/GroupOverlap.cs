using Lucene.Net.Search;

namespace Archive.Core.Search;

/// <summary>
/// How many of a query's groups each of a few documents matches, found by advancing one scorer per group through
/// the documents in order: a cost of groups × documents, not a pass over the index.
/// </summary>
internal static class GroupOverlap
{
    /// <returns>The share of <paramref name="groups"/> (0 to 1) each of <paramref name="docs"/> matches, by index-wide document number.</returns>
    public static Dictionary<int, double> Shares(IndexSearcher searcher, IReadOnlyList<Query> groups, IEnumerable<int> docs)
    {
        var sorted = docs.Distinct().Order().ToList();
        var counts = sorted.ToDictionary(d => d, _ => 0);
        foreach (var group in groups)
        {
            var weight = searcher.CreateNormalizedWeight(group);
            foreach (var leaf in searcher.IndexReader.Leaves)
            {
                var scorer = weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
                if (scorer is null)
                {
                    continue;
                }

                var end = leaf.DocBase + leaf.Reader.MaxDoc;
                foreach (var doc in sorted.Where(d => d >= leaf.DocBase && d < end))
                {
                    var local = doc - leaf.DocBase;
                    var at = scorer.DocID >= local ? scorer.DocID : scorer.Advance(local);
                    if (at == DocIdSetIterator.NO_MORE_DOCS)
                    {
                        break;
                    }

                    if (at == local)
                    {
                        counts[doc]++;
                    }
                }
            }
        }

        return counts.ToDictionary(c => c.Key, c => groups.Count == 0 ? 1 : (double)c.Value / groups.Count);
    }
}
