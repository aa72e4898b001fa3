using System.ComponentModel;
using Archive.Api.Hosting;
using Archive.Contracts;
using Archive.Core.Commitments;
using Archive.Core.Documents;
using Archive.Core.Indexing;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Archive.Api.Commitments;

/// <summary><c>/api/commitments</c> and <c>/api/topics</c>: what Ministers undertook, how strongly, and how it changed.</summary>
internal static class CommitmentEndpoints
{
    public static RouteGroupBuilder MapCommitments(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api").WithTags("Commitments");
        group.MapGet("/commitments", ListCommitments)
            .WithName("ListCommitments")
            .WithSummary("Operative clauses with their strength, topics and lineage status, filtered; format=csv for a spreadsheet.")
            .Produces<CommitmentListResponse>(StatusCodes.Status200OK)
            .AlsoProduces<string>(StatusCodes.Status200OK, "text/csv")
            // CommitmentQueries validates, in the names of every caller: not ASP.NET's validation, which would check twice.
            .DisableValidation()
            .ProducesValidationProblem();
        group.MapGet("/commitments/disagreements", ListDisagreements)
            .WithName("ListCommitmentDisagreements")
            .WithSummary("Clauses whose English and Indonesian versions were read with a different strength or addressee.");
        group.MapGet("/commitments/{id}", GetCommitment)
            .WithName("GetCommitment")
            .WithSummary("One commitment (e.g. bpmc6-2016-cochairs-en/p5/c1) with its whole lineage as a timeline.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        // The same, with the id's slashes as typed; a path ending in /follow-up is the follow-up register's, in /feed the lineage's feed.
        group.MapGet("/commitments/{**id:regex(^(?!.*/(follow-up|feed)$).*/)}", GetCommitment).ExcludeFromDescription();
        group.MapGet("/topics", ListTopics)
            .WithName("ListTopics")
            .WithSummary("The topic vocabulary in English and Indonesian, with the number of commitments per language.");
        group.MapGet("/addressees", ListAddressees)
            .WithName("ListAddressees")
            .WithSummary("The bodies a commitment can task or encourage, with their names in English and Indonesian.");
        return group;
    }

    private static Results<Ok<CommitmentListResponse>, FileContentHttpResult, ValidationProblem> ListCommitments(
        [AsParameters] CommitmentListQuery query, CommitmentQueries commitments)
    {
        if (query.Format == "csv")
        {
            var csv = commitments.Csv(query, ParameterNames.Rest);
            return csv.Response is { } file
                ? TypedResults.File(file, "text/csv; charset=utf-8", "commitments.csv")
                : csv.Problems.ToValidationProblem();
        }

        var page = commitments.Page(query, ParameterNames.Rest);
        return page.Response is { } response ? TypedResults.Ok(response) : page.Problems.ToValidationProblem();
    }

    private static Results<Ok<CommitmentDetailResponse>, ProblemHttpResult> GetCommitment(
        [Description(EscapedSlashes.Description)] string id, LiveIndex index, CommitmentCatalogCache catalogs, CommitmentRules rules)
    {
        id = EscapedSlashes.Unescape(id);
        var served = index.Served;
        var library = served.Library;
        var catalog = catalogs.For(served);
        if (catalog.Find(id) is not { } commitment)
        {
            return NotFound(id);
        }

        var lineage = catalog.LineageOf(commitment.Id)?.Lineage;
        return TypedResults.Ok(new CommitmentDetailResponse(commitment.ToResponse(catalog, library, rules.Topics), lineage?.ToResponse(library)));
    }

    /// <summary>The answer for an unknown commitment id, here and in the follow-up register.</summary>
    internal static ProblemHttpResult NotFound(string id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Commitment not found",
            detail: $"No commitment has the id \"{id}\". Ids look like bpmc6-2016-cochairs-en/p5/c1; GET /api/commitments lists them.");

    private static Ok<IReadOnlyList<DisagreementResponse>> ListDisagreements(LiveIndex index, CommitmentCatalogCache catalogs)
    {
        IReadOnlyList<DisagreementResponse> disagreements = [.. catalogs.For(index.Served).Disagreements.Select(d => new DisagreementResponse(
            new DisagreementSide(d.English.Id, d.English.Strength.ToCode(), d.English.Addressee, d.English.Action),
            new DisagreementSide(d.Indonesian.Id, d.Indonesian.Strength.ToCode(), d.Indonesian.Addressee, d.Indonesian.Action)))];
        return TypedResults.Ok(disagreements);
    }

    private static Ok<IReadOnlyList<TopicResponse>> ListTopics(LiveIndex index, CommitmentCatalogCache catalogs, CommitmentRules rules)
    {
        var catalog = catalogs.For(index.Served);
        IReadOnlyList<TopicResponse> topics = [.. rules.Topics.All.Select(t => new TopicResponse(
            t.Id,
            t.English,
            t.Indonesian,
            catalog.Commitments.Count(c => c.Language != DocumentLanguage.Indonesian && c.Topics.Any(m => m.Topic == t.Id)),
            catalog.Commitments.Count(c => c.Language == DocumentLanguage.Indonesian && c.Topics.Any(m => m.Topic == t.Id))))];
        return TypedResults.Ok(topics);
    }

    private static Ok<IReadOnlyList<AddresseeResponse>> ListAddressees(CommitmentRules rules) =>
        TypedResults.Ok<IReadOnlyList<AddresseeResponse>>([.. rules.Addressees.Select(a => new AddresseeResponse(a.Id, a.English, a.Indonesian))]);
}
