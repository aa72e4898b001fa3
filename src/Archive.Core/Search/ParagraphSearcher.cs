using Archive.Core.Documents;
using Archive.Core.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

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

    /// <exception cref="QuerySyntaxException">The query cannot be read.</exception>
    /// <exception cref="IndexNotReadyException">The index is still being built.</exception>
    public SearchResult Search(SearchRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentOutOfRangeException.ThrowIfLessThan(request.K, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(request.K, MaxK);
        ArgumentOutOfRangeException.ThrowIfNegative(request.Offset);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(request.Offset, MaxOffset);
        var parsed = QuerySyntax.Parse(request.Query);

        using var lease = index.Acquire();
        var filter = Filter(request);
        var built = builder.Build(parsed, request.Exact, minimumGroups: null, request.Language);
        var page = Execute(lease.Searcher, built.Query, filter, request);
        var relaxed = false;
        foreach (var minimum in new[] { (built.Groups + 1) / 2, 2, 1 }.Where(m => m < built.Groups).Distinct())
        {
            if (page.Total > 0)
            {
                break;
            }

            cancellationToken.ThrowIfCancellationRequested();
            built = builder.Build(parsed, request.Exact, minimum, request.Language);
            page = Execute(lease.Searcher, built.Query, filter, request);
            relaxed = page.Total > 0;
        }

        var docs = page.Docs.Select(d => d.Doc).ToList();
        var explained = MatchExplainer.Explain(lease.Searcher, built.Leaves, docs);
        var hits = new List<SearchHit>(docs.Count);
        foreach (var scoreDoc in page.Docs)
        {
            var id = lease.Searcher.Doc(scoreDoc.Doc).Get(IndexFields.Id, System.Globalization.CultureInfo.InvariantCulture);
            if (lease.Library.FindParagraph(id) is not var (document, paragraph))
            {
                continue;
            }

            var matched = explained[scoreDoc.Doc];
            var counterpart = paragraph.CounterpartId is { } cp ? lease.Library.FindParagraph(cp)?.Paragraph : null;
            hits.Add(new SearchHit(
                document,
                paragraph,
                float.IsNaN(scoreDoc.Score) ? 0 : scoreDoc.Score,
                MatchExplainer.Highlight(lease.Searcher.IndexReader, scoreDoc.Doc, paragraph.Text, IndexFields.Text(document.Language), matched.Select(m => m.Clause)),
                [.. matched.OrderByDescending(m => m.Score).Select(m => new MatchedClause(m.Clause.Term, m.Clause.QueryTerm, m.Clause.Source, m.Clause.Via, m.Score))],
                counterpart));
        }

        return new SearchResult(page.Total, relaxed, hits, page.Facets);
    }

    private static Page Execute(IndexSearcher searcher, Query query, Filter? filter, SearchRequest request)
    {
        // Collapsing needs more candidates than one page to find a page of distinct documents.
        var wanted = request.Offset + request.K;
        var candidates = request.CollapseDocuments ? Math.Min(Math.Max(wanted * 20, 200), 5_000) : wanted;
        ITopDocsCollector top = request.Sort switch
        {
            SearchSort.Relevance => TopScoreDocCollector.Create(candidates, docsScoredInOrder: false),
            _ => TopFieldCollector.Create(DateSort(request.Sort), candidates, fillFields: false, trackDocScores: true,
                trackMaxScore: false, docsScoredInOrder: false),
        };
        var facets = new FacetCollector();
        searcher.Search(query, filter, MultiCollector.Wrap((ICollector)top, facets));
        var all = top.GetTopDocs().ScoreDocs;
        if (!request.CollapseDocuments)
        {
            return new Page(top.TotalHits, [.. all.Skip(request.Offset).Take(request.K)], facets.Facets());
        }

        // The document of each candidate from doc values: no stored fields loaded for up to thousands of candidates.
        var documents = MultiDocValues.GetSortedValues(searcher.IndexReader, IndexFields.DocumentId);
        var seen = new HashSet<int>();
        var distinct = all.Where(d => seen.Add(documents.GetOrd(d.Doc))).ToList();
        return new Page(facets.Documents, [.. distinct.Skip(request.Offset).Take(request.K)], facets.Facets());
    }

    private static Sort DateSort(SearchSort sort) => new(
        new SortField(IndexFields.DateSort, SortFieldType.INT64, reverse: sort == SearchSort.Newest),
        new SortField(IndexFields.Ordinal, SortFieldType.INT64));

    private static QueryWrapperFilter? Filter(SearchRequest request)
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

    private sealed record Page(int Total, IReadOnlyList<ScoreDoc> Docs, IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets);
}
