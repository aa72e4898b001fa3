using Archive.Api.Contracts;
using Archive.Contracts;
using Archive.Core.Commitments;
using Archive.Core.Indexing;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Archive.Api.Changes;

/// <summary><c>/api/changes</c>: what Ministers took up, strengthened, weakened or dropped from one conference to another.</summary>
internal static class ChangeEndpoints
{
    public static RouteGroupBuilder MapChanges(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/changes").WithTags("Commitments");
        group.MapGet("/", GetChanges)
            .WithName("GetChanges")
            .WithSummary("Every lineage mentioned at either of two conferences, as new, strengthened, weakened, dropped or reaffirmed, with its clause at each.")
            .ProducesValidationProblem();
        return group;
    }

    private static Results<Ok<ChangesResponse>, ValidationProblem> GetChanges(
        [AsParameters] ChangesQuery query, LiveIndex index, CommitmentCatalogCache catalogs, CommitmentRules rules)
    {
        var library = index.Library;
        var errors = ChangeListing.Problems(query, library, rules).ToDictionary(p => p.Key, p => new[] { p.Value });
        return errors.Count > 0 ? TypedResults.ValidationProblem(errors) : TypedResults.Ok(ChangeListing.Answer(query, catalogs.For(index), library));
    }
}
