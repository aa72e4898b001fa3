using System.ComponentModel;
using System.Security.Claims;
using Archive.Api.Access;
using Archive.Api.Commitments;
using Archive.Api.Hosting;
using Archive.Contracts;
using Archive.Core.Commitments;
using Archive.Core.FollowUp;
using Archive.Core.Indexing;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Archive.Api.FollowUp;

/// <summary>
/// The follow-up register: <c>GET</c>/<c>PUT /api/commitments/{id}/follow-up</c> and <c>GET /api/follow-up.csv</c>.
/// The documented route takes the id as one segment, its slashes escaped (<see cref="EscapedSlashes"/>); for the id
/// as typed, a catch-all whose constraint (the path ends in /follow-up) gives it precedence over
/// <c>GET /api/commitments/{**id}</c>, which keeps every other path.
/// </summary>
internal static class FollowUpEndpoints
{
    private const string Suffix = "/follow-up";

    private const string CatchAll = "/commitments/{**path:regex(^.+/follow-up$)}";

    public static RouteGroupBuilder MapFollowUp(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api").WithTags("Follow-up");
        group.MapGet("/commitments/{id}/follow-up", GetFollowUpAsync)
            .WithName("GetFollowUp")
            .WithSummary("A commitment's implementation record (e.g. /api/commitments/bpmc6-2016-cochairs-en/p5/c1/follow-up) and its history: who, when, what changed.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet(CatchAll, (string path, LiveIndex index, CommitmentCatalogCache catalogs, FollowUpStore store, CancellationToken cancellationToken) =>
            GetFollowUpAsync(path[..^Suffix.Length], index, catalogs, store, cancellationToken)).ExcludeFromDescription();
        group.MapPut("/commitments/{id}/follow-up", PutFollowUpAsync)
            .WithName("PutFollowUp")
            .WithSummary("Set a commitment's implementation record: status, note and evidence (URLs or paragraph ids). Needs an API key.")
            .RequireWriteAccess()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesValidationProblem();
        group.MapPut(CatchAll, (string path, FollowUpRequest request, ClaimsPrincipal user, LiveIndex index, CommitmentCatalogCache catalogs,
                FollowUpStore store, TimeProvider clock, CancellationToken cancellationToken) =>
            PutFollowUpAsync(path[..^Suffix.Length], request, user, index, catalogs, store, clock, cancellationToken))
            .RequireWriteAccess()
            .ExcludeFromDescription();
        group.MapGet("/follow-up.csv", ExportAsync)
            .WithName("ExportFollowUp")
            .WithSummary("The follow-up register as CSV: a header row, then one row per record with its current state.")
            .Produces<string>(StatusCodes.Status200OK, "text/csv");
        return group;
    }

    private static async Task<Results<Ok<FollowUpResponse>, ProblemHttpResult>> GetFollowUpAsync(
        [Description(EscapedSlashes.Description)] string id, LiveIndex index, CommitmentCatalogCache catalogs, FollowUpStore store, CancellationToken cancellationToken)
    {
        var catalog = catalogs.For(index.Served);
        id = EscapedSlashes.Unescape(id);
        if (catalog.Find(id) is not { } commitment)
        {
            return CommitmentEndpoints.NotFound(id);
        }

        var key = FollowUpKey.Of(commitment, catalog);
        return TypedResults.Ok((await store.HistoryAsync(key, cancellationToken)).ToResponse(commitment.Id, key));
    }

    private static async Task<Results<Ok<FollowUpResponse>, ProblemHttpResult, ValidationProblem>> PutFollowUpAsync(
        [Description(EscapedSlashes.Description)] string id, FollowUpRequest request, ClaimsPrincipal user, LiveIndex index, CommitmentCatalogCache catalogs,
        FollowUpStore store, TimeProvider clock, CancellationToken cancellationToken)
    {
        var served = index.Served;
        var catalog = catalogs.For(served);
        id = EscapedSlashes.Unescape(id);
        if (catalog.Find(id) is not { } commitment)
        {
            return CommitmentEndpoints.NotFound(id);
        }

        var evidence = (request.Evidence ?? []).Select(e => e?.Trim() ?? string.Empty).ToList();
        var errors = evidence.Select((item, i) => (item, i))
            .Where(e => !IsWebAddress(e.item) && served.Library.FindParagraph(e.item) is null)
            .ToDictionary(e => $"evidence[{e.i}]", e => new[] { $"\"{e.item}\" is neither an http(s) address nor a paragraph id of the archive (e.g. {commitment.ParagraphId})." });
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The evidence cannot be used");
        }

        var key = FollowUpKey.Of(commitment, catalog);
        await store.AppendAsync(new FollowUpEntry(key, commitment.Id, FollowUpStatuses.Parse(request.Status!), request.Note?.Trim() ?? string.Empty, evidence,
            user.Identity?.Name ?? string.Empty, clock.GetUtcNow()), cancellationToken);
        return TypedResults.Ok((await store.HistoryAsync(key, cancellationToken)).ToResponse(commitment.Id, key));
    }

    private static async Task<FileContentHttpResult> ExportAsync(FollowUpStore store, CancellationToken cancellationToken)
    {
        using var stream = new MemoryStream();
        FollowUpCsv.Write(stream, await store.CurrentAsync(cancellationToken));
        return TypedResults.File(stream.ToArray(), "text/csv; charset=utf-8", "follow-up.csv");
    }


    private static bool IsWebAddress(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
