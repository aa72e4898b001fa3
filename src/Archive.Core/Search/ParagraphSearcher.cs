using Archive.Core.Indexing;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Archive.Core.Search;

/// <summary>
/// The lexical stage of <see cref="ArchiveSearch"/>'s pipeline, in the generation and with the query it was handed:
/// every word must match (in either language, through the glossary or the
/// paragraph's counterpart); when no paragraph has them all, the search is relaxed, and says so: to paragraphs with
/// any of the words, ranked by how many of them they have, then by BM25.
/// </summary>
public sealed class ParagraphSearcher(SearchQueryBuilder builder)
{
    /// <summary>A page of the lexical search in the generation the pipeline holds, the query parsed once.</summary>
    internal SearchResult Search(IndexLease lease, ParsedQuery parsed, SearchRequest request, CancellationToken cancellationToken)
    {
        var lexical = LexicalMatches(lease, parsed, request, request.Offset, request.K, cancellationToken);
        var ranked = lexical.Docs.Select((d, i) => new RankedDoc(d.Doc, RankedDoc.ScoreOf(d), HitScores.LexicalOnly(RankedDoc.ScoreOf(d), request.Offset + i + 1))).ToList();
        return new SearchResult(lexical.Total, lexical.Relaxed, SearchHits.Build(lease, lexical.TaggedClauses, ranked), lexical.Facets, SearchMode.Lexical, lease.Served);
    }

    /// <summary>Lexical matches <paramref name="offset"/> to offset + <paramref name="count"/>, relaxing as needed.</summary>
    /// <param name="allMatches">When given, set to every matching document (for hybrid ranking's totals and facets), and no facets are counted.</param>
    internal LexicalPage LexicalMatches(IndexLease lease, ParsedQuery parsed, SearchRequest request, int offset, int count, CancellationToken cancellationToken, FixedBitSet? allMatches = null)
    {
        var filter = SearchFilters.For(request);
        var built = builder.Build(parsed, request.Exact, request.Language, new TermLookup(lease.Searcher.IndexReader, lease.Postings), lease.Lexicon);
        var page = Execute(lease.Searcher, built.Strict(), filter, request, offset, count, allMatches);
        if (page.Total > 0 || built.Groups.Count < 2)
        {
            return new LexicalPage(page.Total, false, page.Docs, page.Facets, built);
        }

        // One relaxed pass over every paragraph with any of the words, those with more of them ranked first: stepping
        // down through "half", then "two" took a pass each and ended with the few that had half. Requiring two of
        // the words instead of one was slower in Lucene 4.8 (its minimum-should-match scorer costs more per match).
        cancellationToken.ThrowIfCancellationRequested();
        page = Execute(lease.Searcher, built.Relaxed(), filter, request, offset, count, allMatches);
        return new LexicalPage(page.Total, page.Total > 0, page.Docs, page.Facets, built);
    }

    /// <summary>The query's clauses for highlighting, when no lexical search ran (semantic mode).</summary>
    internal IReadOnlyList<TaggedClause> TaggedClauses(IndexLease lease, ParsedQuery parsed, SearchRequest request)
    {
        try
        {
            return builder.Build(parsed, request.Exact, request.Language, lexicon: lease.Lexicon).TaggedClauses;
        }
        catch (QuerySyntaxException)
        {
            // Only common words: nothing to highlight, but a meaning to search for.
            return [];
        }
    }

    private static Page Execute(IndexSearcher searcher, Query query, Filter? filter, SearchRequest request, int offset, int count, FixedBitSet? allMatches)
    {
        // Collapsing needs more candidates than one page to find a page of distinct documents.
        var wanted = offset + count;
        var candidates = request.CollapseDocuments ? Math.Min(Math.Max(wanted * 20, 200), 5_000) : wanted;
        // Given a set for every match, the caller counts facets over it (with matches of its own): not counted twice.
        var facets = new FacetCollector();
        ICollector everyMatch = allMatches is null ? facets : new MatchSetCollector(allMatches);
        allMatches?.Clear(0, allMatches.Length);
        var found = request.Sort == SearchSort.Relevance
            ? AccumulatedSearch.Top(searcher, query, filter, candidates, everyMatch)
            : ByDate(searcher, query, filter, request.Sort, candidates, everyMatch);
        var all = found.ScoreDocs;
        if (!request.CollapseDocuments)
        {
            return new Page(found.TotalHits, [.. all.Skip(offset).Take(count)], facets.Facets());
        }

        var distinct = HitOrdering.FirstPerDocument(searcher.IndexReader, all, d => d.Doc);
        return new Page(facets.Documents, [.. distinct.Skip(offset).Take(count)], facets.Facets());
    }

    /// <summary>Every match in date order, through Lucene's collector.</summary>
    private static TopDocs ByDate(IndexSearcher searcher, Query query, Filter? filter, SearchSort sort, int candidates, ICollector everyMatch)
    {
        // Documents scored in order: out of order, Lucene's BooleanScorer fills a table of 2,048 buckets per segment for
        // every search.
        var top = TopFieldCollector.Create(HitOrdering.DateSort(sort), candidates, fillFields: false, trackDocScores: true,
            trackMaxScore: false, docsScoredInOrder: true);
        searcher.Search(query, filter, MultiCollector.Wrap(top, everyMatch));
        return top.GetTopDocs();
    }

    /// <summary>A page of lexical matches and what found them.</summary>
    /// <param name="Query">The query that found them: its relaxed form when <paramref name="Relaxed"/>, else its strict one.</param>
    internal sealed record LexicalPage(int Total, bool Relaxed, IReadOnlyList<ScoreDoc> Docs, IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets, BuiltQuery Query)
    {
        public IReadOnlyList<TaggedClause> TaggedClauses => Query.TaggedClauses;

        /// <summary>The share of the query's words each hit has, when relaxed; null when every hit has them all.</summary>
        public Dictionary<int, double>? WordShares(IndexSearcher searcher) =>
            Relaxed ? GroupOverlap.Shares(searcher, Query.Groups, Docs.Select(d => d.Doc)) : null;
    }

    private sealed record Page(int Total, IReadOnlyList<ScoreDoc> Docs, IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets);
}
