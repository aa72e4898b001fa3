using Archive.Api.Hosting;
using Archive.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Archive.Api.Precedent;

/// <summary><c>POST /api/precedent</c>: has this been agreed before, in which words, and what is different.</summary>
internal static class PrecedentEndpoints
{
    public static RouteGroupBuilder MapPrecedent(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/precedent").WithTags("Precedent");
        group.MapPost("/", Check)
            .WithName("CheckPrecedent")
            // PrecedentQueries validates, in the names of every caller: not ASP.NET's validation, which would check twice.
            .DisableValidation()
            .WithSummary("The agreed paragraphs closest to a draft paragraph, with a word diff and the verbatim spans it shares with each.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return group;
    }

    private static async Task<Results<Ok<PrecedentResponse>, ValidationProblem, ProblemHttpResult>> Check(
        PrecedentRequest request, PrecedentQueries precedents, CancellationToken cancellationToken)
    {
        var answer = await precedents.CheckAsync(request, ParameterNames.Rest, cancellationToken);
        if (answer.Response is { } response)
        {
            return TypedResults.Ok(response);
        }

        return answer.Problems.ToTooLarge("The draft is too long") is { } tooLarge ? tooLarge : answer.Problems.ToValidationProblem();
    }
}
