using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Core.Search;

/// <summary>
/// What a search's prohibited clauses match, read once per segment and kept for the search: the archive's query
/// excludes paragraphs that have a counterpart under every learned translation, one clause per translation, and
/// reading that half of the index again for each would cost more than the rest of the search.
/// </summary>
internal sealed class Exclusions : IDisposable
{
    private readonly Dictionary<Query, DocSet> _matches = [];
    private AtomicReaderContext? _segment;

    /// <summary>The documents of <paramref name="segment"/> any of <paramref name="clauses"/> matches; the caller must not dispose them.</summary>
    public DocSet Of(AtomicReaderContext segment, IReadOnlyList<(Query Query, AccumulatedClause Clause)> clauses)
    {
        if (_segment != segment)
        {
            Clear();
            _segment = segment;
        }

        if (clauses is [var only])
        {
            return Matches(segment, only.Query, only.Clause);
        }

        // Keyed by the clauses' queries together, so that a union is made once too.
        var union = new BooleanQuery();
        foreach (var (query, _) in clauses)
        {
            union.Add(query, Occur.SHOULD);
        }

        if (!_matches.TryGetValue(union, out var all))
        {
            all = new DocSet(segment.Reader.MaxDoc);
            foreach (var (query, clause) in clauses)
            {
                all.UnionWith(Matches(segment, query, clause));
            }

            _matches[union] = all;
        }

        return all;
    }

    private DocSet Matches(AtomicReaderContext segment, Query query, AccumulatedClause clause)
    {
        if (!_matches.TryGetValue(query, out var matches))
        {
            matches = new DocSet(segment.Reader.MaxDoc);
            clause.Accumulate(segment, null, matches, within: null);
            _matches[query] = matches;
        }

        return matches;
    }

    private void Clear()
    {
        foreach (var matches in _matches.Values)
        {
            matches.Dispose();
        }

        _matches.Clear();
    }

    public void Dispose() => Clear();
}
