using Archive.Core.Documents;
using Archive.Core.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Core.Search;

/// <summary>
/// The Lucene filter of a request's language, type, conference, years and sample flag: the same for the lexical and
/// semantic passes and for the precedent checker's candidates. Null when nothing is filtered.
/// </summary>
internal static class SearchFilters
{
    /// <param name="excluded">Paragraphs to leave out as well, if any.</param>
    public static QueryWrapperFilter? For(SearchRequest request, Query? excluded = null)
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

        if (excluded is not null)
        {
            // Lucene matches nothing with exclusions alone.
            filter.Add(new MatchAllDocsQuery(), Occur.MUST);
            filter.Add(excluded, Occur.MUST_NOT);
        }

        return filter.Clauses.Count == 0 ? null : new QueryWrapperFilter(filter);
    }
}
