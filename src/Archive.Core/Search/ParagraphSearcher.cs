using Archive.Core.Documents;
using Archive.Core.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Archive.Core.Search;

/// <summary>
/// Searches the live index for paragraphs. Every word must match (in either language, through the glossary or the
/// paragraph's counterpart); when no paragraph has them all, the search is relaxed, and says so: to paragraphs with
/// at least half of the words, then two, then one. Each step is tried only when the stricter one found nothing,
/// and the strictest that finds something is the cheapest to run and the closest to what was asked.
/// </summary>
public sealed class ParagraphSearcher(LiveIndex index, SearchQueryBuilder builder)
{
    /// <summary>Most hits per page.</summary>
    public const int MaxK = 100;

    /// <summary>Deepest offset a page may start at.</summary>
    public const int MaxOffset = 10_000;

    /// <summary>The lexical search, on its own (see <see cref="ArchiveSearch"/> for the hybrid and semantic modes).</summary>
    /// <exception cref="QuerySyntaxException">The query cannot be read.</exception>
    /// <exception cref="IndexNotReadyException">The index is still being built.</exception>
    public SearchResult Search(SearchRequest request, CancellationToken cancellationToken)
    {
        Validate(request);
        var parsed = QuerySyntax.Parse(request.Query);
        using var lease = index.Acquire();
        var lexical = Lexical(lease, parsed, request, request.Offset, request.K, cancellationToken);
        var ranked = lexical.Docs.Select((d, i) => new RankedDoc(d.Doc, Score(d), HitScores.LexicalOnly(Score(d), request.Offset + i + 1))).ToList();
        return new SearchResult(lexical.Total, lexical.Relaxed, Hits(lease, lexical.Leaves, ranked), lexical.Facets, SearchMode.Lexical);
    }

    internal static void Validate(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentOutOfRangeException.ThrowIfLessThan(request.K, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(request.K, MaxK);
        ArgumentOutOfRangeException.ThrowIfNegative(request.Offset);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(request.Offset, MaxOffset);
    }

    /// <summary>Lexical matches <paramref name="offset"/> to offset + <paramref name="count"/>, relaxing as needed.</summary>
    /// <param name="allMatches">When given, set to every matching document (for hybrid ranking's totals and facets), and no facets are counted.</param>
    internal LexicalPage Lexical(IndexLease lease, ParsedQuery parsed, SearchRequest request, int offset, int count, CancellationToken cancellationToken, FixedBitSet? allMatches = null)
    {
        var filter = Filter(request);
        var built = builder.Build(parsed, request.Exact, minimumGroups: null, request.Language);
        var page = Execute(lease.Searcher, built.Query, filter, request, offset, count, allMatches);
        var relaxed = false;
        foreach (var minimum in new[] { (built.Groups + 1) / 2, 2, 1 }.Where(m => m < built.Groups).Distinct())
        {
            if (page.Total > 0)
            {
                break;
            }

            cancellationToken.ThrowIfCancellationRequested();
            built = builder.Build(parsed, request.Exact, minimum, request.Language);
            page = Execute(lease.Searcher, built.Query, filter, request, offset, count, allMatches);
            relaxed = page.Total > 0;
        }

        return new LexicalPage(page.Total, relaxed, page.Docs, page.Facets, built.Leaves);
    }

    /// <summary>The query's clauses for highlighting, when no lexical search ran (semantic mode).</summary>
    internal IReadOnlyList<TaggedClause> Leaves(ParsedQuery parsed, SearchRequest request)
    {
        try
        {
            return builder.Build(parsed, request.Exact, minimumGroups: 1, request.Language).Leaves;
        }
        catch (QuerySyntaxException)
        {
            // Only common words: nothing to highlight, but a meaning to search for.
            return [];
        }
    }

    /// <summary>Hits for ranked Lucene documents, with highlights and the clauses each matched.</summary>
    internal static List<SearchHit> Hits(IndexLease lease, IReadOnlyList<TaggedClause> leaves, IReadOnlyList<RankedDoc> ranked)
    {
        var explained = MatchExplainer.Explain(lease.Searcher, leaves, [.. ranked.Select(r => r.Doc)]);
        var hits = new List<SearchHit>(ranked.Count);
        foreach (var doc in ranked)
        {
            if (lease.Library.FindParagraph(lease.ParagraphId(doc.Doc)) is not var (document, paragraph))
            {
                continue;
            }

            var matched = explained[doc.Doc];
            var counterpart = paragraph.CounterpartId is { } cp ? lease.Library.FindParagraph(cp)?.Paragraph : null;
            hits.Add(new SearchHit(
                document,
                paragraph,
                doc.Score,
                MatchExplainer.Highlight(lease.Searcher.IndexReader, doc.Doc, paragraph.Text, IndexFields.Text(document.Language), matched.Select(m => m.Clause)),
                [.. matched.OrderByDescending(m => m.Score).Select(m => new MatchedClause(m.Clause.Term, m.Clause.QueryTerm, m.Clause.Source, m.Clause.Via, m.Score))],
                counterpart,
                doc.Scores));
        }

        return hits;
    }

    internal static double Score(ScoreDoc doc) => float.IsNaN(doc.Score) ? 0 : doc.Score;

    private static Page Execute(IndexSearcher searcher, Query query, Filter? filter, SearchRequest request, int offset, int count, FixedBitSet? allMatches)
    {
        // Collapsing needs more candidates than one page to find a page of distinct documents.
        var wanted = offset + count;
        var candidates = request.CollapseDocuments ? Math.Min(Math.Max(wanted * 20, 200), 5_000) : wanted;
        ITopDocsCollector top = request.Sort switch
        {
            SearchSort.Relevance => TopScoreDocCollector.Create(candidates, docsScoredInOrder: false),
            _ => TopFieldCollector.Create(DateSort(request.Sort), candidates, fillFields: false, trackDocScores: true,
                trackMaxScore: false, docsScoredInOrder: false),
        };
        // Given a set for every match, the caller counts facets over it (with matches of its own): not counted twice.
        var facets = new FacetCollector();
        ICollector collector = allMatches is null ? MultiCollector.Wrap((ICollector)top, facets) : MultiCollector.Wrap(top, new MatchSetCollector(allMatches));
        allMatches?.Clear(0, allMatches.Length);
        searcher.Search(query, filter, collector);
        var all = top.GetTopDocs().ScoreDocs;
        if (!request.CollapseDocuments)
        {
            return new Page(top.TotalHits, [.. all.Skip(offset).Take(count)], facets.Facets());
        }

        // The document of each candidate from doc values: no stored fields loaded for up to thousands of candidates.
        var documents = MultiDocValues.GetSortedValues(searcher.IndexReader, IndexFields.DocumentId);
        var seen = new HashSet<int>();
        var distinct = all.Where(d => seen.Add(documents.GetOrd(d.Doc))).ToList();
        return new Page(facets.Documents, [.. distinct.Skip(offset).Take(count)], facets.Facets());
    }

    private static Sort DateSort(SearchSort sort) => new(
        new SortField(IndexFields.DateSort, SortFieldType.INT64, reverse: sort == SearchSort.Newest),
        new SortField(IndexFields.Ordinal, SortFieldType.INT64));

    internal static QueryWrapperFilter? Filter(SearchRequest request)
    {
        var filter = new BooleanQuery();
        if (request.Language != DocumentLanguage.Unknown)
        {
            filter.Add(new TermQuery(new Term(IndexFields.Language, request.Language.ToCode())), Occur.MUST);
        }

        if (request.Type is { } type)
        {
            filter.Add(new TermQuery(new Term(IndexFields.Type, type.ToCode())), Occur.MUST);
        }

        if (request.Conference is int conference)
        {
            filter.Add(NumericRangeQuery.NewInt32Range(IndexFields.Conference, conference, conference, true, true), Occur.MUST);
        }

        if (request.FromYear is not null || request.ToYear is not null)
        {
            filter.Add(NumericRangeQuery.NewInt32Range(IndexFields.Year, request.FromYear, request.ToYear, true, true), Occur.MUST);
        }

        if (request.Sample is bool sample)
        {
            filter.Add(new TermQuery(new Term(IndexFields.Sample, sample ? "true" : "false")), Occur.MUST);
        }

        return filter.Clauses.Count == 0 ? null : new QueryWrapperFilter(filter);
    }

    /// <summary>A page of lexical matches and what found them.</summary>
    internal sealed record LexicalPage(int Total, bool Relaxed, IReadOnlyList<ScoreDoc> Docs, IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets, IReadOnlyList<TaggedClause> Leaves);

    /// <summary>A Lucene document at its final rank, with the scores that put it there.</summary>
    internal sealed record RankedDoc(int Doc, double Score, HitScores Scores);

    private sealed record Page(int Total, IReadOnlyList<ScoreDoc> Docs, IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets);
}
