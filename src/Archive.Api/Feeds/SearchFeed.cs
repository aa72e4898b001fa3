using Archive.Api.Hosting;
using Archive.Contracts;
using Archive.Core.Search;
using Archive.Core.Uploads;

namespace Archive.Api.Feeds;

/// <summary>A search followed as a feed: its newest matching paragraphs, each with its permalink, citation and issuer.</summary>
internal static class SearchFeed
{
    /// <summary>The feed, or what is wrong with the request.</summary>
    /// <exception cref="QuerySyntaxException">The query cannot be read.</exception>
    public static async Task<QueryAnswer<byte[]>> WriteAsync(
        SearchQuery query, FeedQuery feed, ArchiveSearch searcher, AuditLog audit, ArchiveAddress address, HttpRequest request, CancellationToken cancellationToken)
    {
        var problems = RequestValidation.Check(query, ParameterNames.Rest);
        if (problems.IsEmpty)
        {
            problems = RequestValidation.Check(feed, ParameterNames.Rest);
        }

        if (!problems.IsEmpty)
        {
            return new QueryAnswer<byte[]>(problems);
        }

        var limit = feed.Limit ?? FeedQuery.DefaultLimit;
        // One hit past the limit tells whether the last entry's date goes on; most feeds are read in one search.
        var page = Math.Min(limit + 1, SearchRequest.MaxK);
        var (hits, result) = await NewestAsync(query.ToRequest() with { K = page, Offset = 0, Sort = SearchSort.Newest }, limit, searcher, cancellationToken);
        var times = await FeedTimes.ReadAsync(audit, result.Generation, cancellationToken);
        IReadOnlyList<FeedEntry> entries = [.. times.NewestFirst(hits, h => h.Document, h => h.Paragraph.Ordinal).Take(limit)
            .Select(h => FeedEntry.Of(h.Document, h.Paragraph, h.Paragraph.Text, times, address))];
        var ui = FeedText.Language(feed, request.GetTypedHeaders());
        return new QueryAnswer<byte[]>(AtomFeed.Write(FeedHeader.For(request, address, FeedText.Search(query, ui), ui, entries, result.Generation), entries));
    }

    /// <summary>
    /// The hits by date, newest first, read a page at a time until the date of the <paramref name="limit"/>th has
    /// been passed: every paragraph that shares it is read, so that uploads of that date come before bundled
    /// documents wherever the search put them. All pages come from one index generation, or are read again.
    /// </summary>
    private static async Task<(List<SearchHit> Hits, SearchResult First)> NewestAsync(
        SearchRequest request, int limit, ArchiveSearch searcher, CancellationToken cancellationToken)
    {
        var first = await searcher.SearchAsync(request, cancellationToken);
        var hits = new List<SearchHit>(first.Hits);
        while (hits.Count == request.Offset + request.K && hits.Count <= SearchRequest.MaxOffset
            && (hits.Count <= limit || hits[^1].Document.Metadata.Date?.Start == hits[limit - 1].Document.Metadata.Date?.Start))
        {
            request = request with { Offset = hits.Count, K = SearchRequest.MaxK };
            var page = await searcher.SearchAsync(request, cancellationToken);
            if (page.Generation.Name != first.Generation.Name)
            {
                return await NewestAsync(request with { Offset = 0 }, limit, searcher, cancellationToken);
            }

            hits.AddRange(page.Hits);
        }

        return (hits, first);
    }
}
