using Archive.Api.Hosting;
using Archive.Contracts;
using Archive.Core.Commitments;
using Archive.Core.Documents;
using Archive.Core.Indexing;
using Archive.Core.Uploads;

namespace Archive.Api.Feeds;

/// <summary>
/// Commitments followed as feeds: those a filter matches (a topic's), and the steps of one commitment's lineage, each
/// entry a clause with its paragraph's permalink, newest first. Both read one served generation.
/// </summary>
internal static class CommitmentFeeds
{
    /// <summary>The feed of the commitments <paramref name="query"/> matches, or what is wrong with it.</summary>
    public static async Task<QueryAnswer<byte[]>> FilteredAsync(
        CommitmentListQuery query, FeedQuery feed, CommitmentQueries commitments, LiveIndex index, CommitmentCatalogCache catalogs,
        CommitmentRules rules, AuditLog audit, ArchiveAddress address, HttpRequest request, CancellationToken cancellationToken)
    {
        var problems = commitments.Problems(query, ParameterNames.Rest);
        if (problems.IsEmpty)
        {
            problems = RequestValidation.Check(feed, ParameterNames.Rest);
        }

        if (!problems.IsEmpty)
        {
            return new QueryAnswer<byte[]>(problems);
        }

        var served = index.Served;
        var ui = FeedText.Language(feed, request.GetTypedHeaders());
        var matches = CommitmentQueries.Filter(query, catalogs.For(served));
        return new QueryAnswer<byte[]>(await WriteAsync(matches, served, feed, FeedText.Commitments(query, rules.Topics, ui), ui, audit, address, request, cancellationToken));
    }

    /// <summary>The feed of the steps of a commitment's lineage (the commitment alone when it has none); null for an unknown id.</summary>
    public static async Task<QueryAnswer<byte[]>> LineageAsync(
        string id, FeedQuery feed, LiveIndex index, CommitmentCatalogCache catalogs, AuditLog audit, ArchiveAddress address,
        HttpRequest request, CancellationToken cancellationToken)
    {
        var problems = RequestValidation.Check(feed, ParameterNames.Rest);
        var served = index.Served;
        var catalog = catalogs.For(served);
        if (problems.IsEmpty && catalog.Find(id) is null)
        {
            problems.AddNotFound("id", $"unknown commitment \"{id}\"");
        }

        if (!problems.IsEmpty)
        {
            return new QueryAnswer<byte[]>(problems);
        }

        var steps = catalog.LineageOf(id)?.Lineage.Steps.Select(s => s.Commitment) ?? [catalog.Find(id)!];
        var ui = FeedText.Language(feed, request.GetTypedHeaders());
        return new QueryAnswer<byte[]>(await WriteAsync(steps, served, feed, FeedText.Lineage(id, ui), ui, audit, address, request, cancellationToken));
    }

    private static async Task<byte[]> WriteAsync(
        IEnumerable<Commitment> commitments, ServedGeneration served, FeedQuery feed, string title, DocumentLanguage ui,
        AuditLog audit, ArchiveAddress address, HttpRequest request, CancellationToken cancellationToken)
    {
        var times = await FeedTimes.ReadAsync(audit, served, cancellationToken);
        var found = commitments
            .Select(c => (Commitment: c, Found: served.Library.FindParagraph(c.ParagraphId)))
            .Where(c => c.Found is not null)
            .Select(c => (c.Commitment, c.Found!.Value.Document, c.Found.Value.Paragraph));
        IReadOnlyList<FeedEntry> entries = [.. times.NewestFirst(found, c => c.Document, c => c.Paragraph.Ordinal)
            .Take(feed.Limit ?? FeedQuery.DefaultLimit)
            .Select(c => FeedEntry.Of(c.Document, c.Paragraph, c.Commitment.Action, times, address, c.Commitment.Id))];
        return AtomFeed.Write(FeedHeader.For(request, address, title, ui, entries, served), entries);
    }
}
