using Archive.Api.Hosting;
using Archive.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Archive.Api.Search;

/// <summary><c>/api/search</c>: paragraphs in either language, whichever language the query is in.</summary>
internal static class SearchEndpoints
{
    public static RouteGroupBuilder MapSearch(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/search").WithTags("Search");
        group.MapGet("/", Search)
            .WithName("Search")
            // SearchQueries validates, in the names of every caller: not ASP.NET's validation, which would check twice.
            .DisableValidation()
            .WithSummary("Search paragraphs in English and Indonesian, by words, meaning or both, with highlights, facets and why each hit matched.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        group.MapSearchBatch();
        return group;
    }

    private static async Task<Results<Ok<SearchResponse>, ValidationProblem, ProblemHttpResult>> Search(
        [AsParameters] SearchQuery query, SearchQueries searches, CancellationToken cancellationToken)
    {
        // A query that cannot be read throws QuerySyntaxException: ArchiveExceptionHandler answers 400 with its position.
        var answer = await searches.SearchAsync(query, ParameterNames.Rest, cancellationToken);
        return answer.Response is { } response ? TypedResults.Ok(response) : answer.Problems.ToValidationProblem();
    }
}
