using Lucene.Net.Search;

namespace Archive.Core.Search;

/// <summary>How many of a query's groups each of a few documents matches (<see cref="QueryMatches"/> per group).</summary>
internal static class GroupOverlap
{
    /// <returns>The share of <paramref name="groups"/> (0 to 1) each of <paramref name="docs"/> matches, by index-wide document number.</returns>
    public static Dictionary<int, double> Shares(IndexSearcher searcher, IReadOnlyList<Query> groups, IEnumerable<int> docs)
    {
        var sorted = docs.Distinct().Order().ToList();
        var counts = sorted.ToDictionary(d => d, _ => 0);
        foreach (var group in groups)
        {
            foreach (var (doc, _) in QueryMatches.Among(searcher, group, sorted))
            {
                counts[doc]++;
            }
        }

        return counts.ToDictionary(c => c.Key, c => groups.Count == 0 ? 1 : (double)c.Value / groups.Count);
    }
}
