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
        var errors = ConferenceChanges.Check(library, rules.Topics, query.From!.Value, query.To!.Value, query.Topic)
            .ToDictionary(p => p.Key, p => new[] { p.Value });
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var language = query.ComparedLanguage();
        var changes = ConferenceChanges.Between(catalogs.For(index), query.From!.Value, query.To!.Value, language, query.Topic);
        return TypedResults.Ok(changes.ToResponse(query.From.Value, query.To.Value, language, query.Topic, library));
    }
}
