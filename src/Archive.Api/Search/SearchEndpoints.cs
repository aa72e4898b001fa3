using Archive.Contracts;
using Archive.Core.Commitments;
using Archive.Core.Indexing;
using Archive.Core.Search;
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
            .WithSummary("Search paragraphs in English and Indonesian, by words, meaning or both, with highlights, facets and why each hit matched.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return group;
    }

    private static async Task<Results<Ok<SearchResponse>, ProblemHttpResult>> Search(
        [AsParameters] SearchQuery query, ArchiveSearch searcher, LiveIndex index, CommitmentCatalogCache commitments, CancellationToken cancellationToken)
    {
        var request = query.ToRequest();
        // A query that cannot be read throws QuerySyntaxException: ArchiveExceptionHandler answers 400 with its position.
        var result = await searcher.SearchAsync(request, cancellationToken);
        return TypedResults.Ok(result.ToResponse(request, commitments.For(index), HitFieldSpellings.Parse(query.View, query.Fields)));
    }
}
