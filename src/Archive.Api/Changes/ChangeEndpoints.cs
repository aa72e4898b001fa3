using Archive.Api.Contracts;
using Archive.Contracts;
using Archive.Core.Commitments;
using Archive.Core.Documents;
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
        var held = library.Documents.Select(d => d.Metadata.Conference).OfType<int>().Distinct().Order().ToList();
        var errors = new Dictionary<string, string[]>();
        foreach (var (name, number) in new[] { ("From", query.From!.Value), ("To", query.To!.Value) })
        {
            if (!held.Contains(number))
            {
                errors[name] = [$"the archive has no document of conference {number}; it has {string.Join(", ", held)} (GET /api/conferences)."];
            }
        }

        if (query.From >= query.To)
        {
            errors["To"] = ["to must be a later conference than from."];
        }

        if (query.Topic is not null && rules.Topics.Find(query.Topic) is null)
        {
            errors["Topic"] = [$"unknown topic \"{query.Topic}\"; GET /api/topics lists them."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var language = query.Lang is null ? DocumentLanguage.English : DocumentLanguages.Parse(query.Lang);
        var changes = ConferenceChanges.Between(catalogs.For(index), query.From!.Value, query.To!.Value, language, query.Topic);
        return TypedResults.Ok(changes.ToResponse(query.From.Value, query.To.Value, language, query.Topic, library));
    }
}
