using System.ComponentModel;
using Archive.Api.Commitments;
using Archive.Api.Hosting;
using Archive.Contracts;
using Archive.Core.Commitments;
using Archive.Core.Indexing;
using Archive.Core.Search;
using Archive.Core.Uploads;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Archive.Api.Feeds;

/// <summary>
/// Atom feeds for following the archive: a search (<c>/api/search/feed</c>, the parameters of <c>/api/search</c>),
/// the commitments a filter matches (<c>/api/commitments/feed</c>, those of <c>/api/commitments</c>) and one
/// commitment's lineage (<c>/api/commitments/{id}/feed</c>, the id as one escaped segment or, through a catch-all
/// that <c>GET /api/commitments/{**id}</c> leaves to it, as typed). Entries are newest first.
/// </summary>
internal static class FeedEndpoints
{
    private const string Suffix = "/feed";

    public static RouteGroupBuilder MapFeeds(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api").WithTags("Feeds");
        group.MapGet("/search/feed", SearchAsync)
            .WithName("SearchFeed")
            .WithSummary("Follow a search as an Atom feed: its newest matching paragraphs (by document date, then by when the document entered the archive), each with its permalink, citation and issuer. Takes the parameters of /api/search; k, offset, sort, view and fields do not apply, limit caps the entries.")
            // The use cases validate, in the names of every caller: not ASP.NET's validation, which would check twice.
            .DisableValidation()
            .ProducesFeed()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        group.MapGet("/commitments/feed", CommitmentsAsync)
            .WithName("CommitmentsFeed")
            .WithSummary("Follow the commitments of a topic (or any filter of /api/commitments) as an Atom feed, newest first; k, offset and format do not apply, limit caps the entries.")
            .DisableValidation()
            .ProducesFeed()
            .ProducesValidationProblem();
        group.MapGet("/commitments/{id}/feed", LineageAsync)
            .WithName("LineageFeed")
            .WithSummary("Follow a commitment's lineage (e.g. /api/commitments/bpmc6-2016-cochairs-en/p5/c1/feed) as an Atom feed: its steps across meetings, newest first.")
            .DisableValidation()
            .ProducesFeed()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/commitments/{**path:regex(^.+/feed$)}",
            (string path, [AsParameters] FeedQuery feed, LiveIndex index, CommitmentCatalogCache catalogs, AuditLog audit, ArchiveAddress address, HttpRequest request, CancellationToken cancellationToken) =>
                LineageAsync(path[..^Suffix.Length], feed, index, catalogs, audit, address, request, cancellationToken))
            .DisableValidation()
            .ExcludeFromDescription();
        return group;
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> SearchAsync(
        [AsParameters] SearchQuery query, [AsParameters] FeedQuery feed, ArchiveSearch searcher, AuditLog audit, ArchiveAddress address,
        HttpRequest request, CancellationToken cancellationToken)
    {
        QueryAnswer<byte[]> answer;
        try
        {
            answer = await SearchFeed.WriteAsync(query, feed, searcher, audit, address, request, cancellationToken);
        }
        catch (QuerySyntaxException syntax)
        {
            // Answered here, not by ArchiveExceptionHandler as /api/search is: a feed reader accepts no JSON, and that
            // handler's writer would leave the 400 without a body; this result writes the ProblemDetails regardless.
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The query cannot be read",
                detail: SearchQueries.Describe(syntax), extensions: new Dictionary<string, object?> { ["position"] = syntax.Position });
        }

        return answer.Response is { } atom ? Atom(atom) : answer.Problems.ToValidationProblem();
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem>> CommitmentsAsync(
        [AsParameters] CommitmentListQuery query, [AsParameters] FeedQuery feed, CommitmentQueries commitments, LiveIndex index,
        CommitmentCatalogCache catalogs, CommitmentRules rules, AuditLog audit, ArchiveAddress address, HttpRequest request, CancellationToken cancellationToken)
    {
        var answer = await CommitmentFeeds.FilteredAsync(query, feed, commitments, index, catalogs, rules, audit, address, request, cancellationToken);
        return answer.Response is { } atom ? Atom(atom) : answer.Problems.ToValidationProblem();
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> LineageAsync(
        [Description(EscapedSlashes.Description)] string id, [AsParameters] FeedQuery feed, LiveIndex index, CommitmentCatalogCache catalogs,
        AuditLog audit, ArchiveAddress address, HttpRequest request, CancellationToken cancellationToken)
    {
        id = EscapedSlashes.Unescape(id);
        var answer = await CommitmentFeeds.LineageAsync(id, feed, index, catalogs, audit, address, request, cancellationToken);
        if (answer.Response is { } atom)
        {
            return Atom(atom);
        }

        return answer.Problems.NotFound ? CommitmentEndpoints.NotFound(id) : answer.Problems.ToValidationProblem();
    }

    private static FileContentHttpResult Atom(byte[] feed) => TypedResults.File(feed, AtomFeed.MediaType + "; charset=utf-8");

    private static RouteHandlerBuilder ProducesFeed(this RouteHandlerBuilder builder) =>
        builder.Produces<string>(StatusCodes.Status200OK, AtomFeed.MediaType);
}
