using Archive.Core.Indexing;
using Lucene.Net.Search;

namespace Archive.Core.Search;

/// <summary>A query's groups (one per word, glossary term or set of alternatives), its tagged clauses and its exclusions.</summary>
/// <param name="Groups">The query of each group that is searched.</param>
internal sealed record BuiltQuery(IReadOnlyList<TaggedClause> TaggedClauses, IReadOnlyList<Query> Groups, IReadOnlyList<Query> Excluded)
{
    /// <summary>Every group must match.</summary>
    public Query Strict() => Combine(relaxed: false);

    /// <summary>
    /// Any group may match; the coordination factor (<see cref="ParagraphSimilarity"/>) ranks paragraphs with more of
    /// the groups first.
    /// </summary>
    public Query Relaxed() => Combine(relaxed: true);

    private BooleanQuery Combine(bool relaxed)
    {
        var match = new BooleanQuery(disableCoord: !relaxed);
        foreach (var group in Groups)
        {
            match.Add(group, relaxed ? Occur.SHOULD : Occur.MUST);
        }

        foreach (var excluded in Excluded)
        {
            match.Add(excluded, Occur.MUST_NOT);
        }

        if (relaxed)
        {
            match.MinimumNumberShouldMatch = 1;
        }

        return match;
    }
}
