using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Core.Search;

/// <summary>
/// What a search's prohibited clauses match in a segment: each clause's documents from <see cref="SegmentQueryCache"/>
/// (the archive's query excludes paragraphs that have a counterpart under every learned translation, one clause per
/// translation, and reading that half of the index for each would cost more than the rest of the search), and the
/// union of several made once per search.
/// </summary>
internal sealed class Exclusions(IndexSearcher searcher) : IDisposable
{
    private readonly Dictionary<Query, DocSet> _matches = [];
    private AtomicReaderContext? _segment;

    /// <summary>The documents of <paramref name="segment"/> any of <paramref name="clauses"/> matches; the caller must not change or dispose them.</summary>
    public DocSet Of(AtomicReaderContext segment, IReadOnlyList<Query> clauses)
    {
        if (_segment != segment)
        {
            Clear();
            _segment = segment;
        }

        if (clauses is [var only])
        {
            return Matches(segment, only);
        }

        // Keyed by the clauses' queries together, so that a union is made once too.
        var union = new BooleanQuery();
        foreach (var query in clauses)
        {
            union.Add(query, Occur.SHOULD);
        }

        if (!_matches.TryGetValue(union, out var all))
        {
            all = new DocSet(segment.Reader.MaxDoc);
            foreach (var query in clauses)
            {
                all.UnionWith(Matches(segment, query));
            }

            _matches[union] = all;
        }

        return all;
    }

    private DocSet Matches(AtomicReaderContext segment, Query query) =>
        SegmentQueryCache.Matches(segment, query, context => searcher.CreateNormalizedWeight(query).GetScorer(context, acceptDocs: null));

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
