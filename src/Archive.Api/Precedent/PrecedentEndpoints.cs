using System.Globalization;
using Archive.Contracts;
using Archive.Core.Documents;
using Archive.Core.Precedent;
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
            .WithSummary("The agreed paragraphs closest to a draft paragraph, with a word diff and the verbatim spans it shares with each.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return group;
    }

    private static async Task<Results<Ok<PrecedentResponse>, ValidationProblem, ProblemHttpResult>> Check(
        PrecedentRequest request, PrecedentFinder finder, CancellationToken cancellationToken)
    {
        // Validation has refused a missing text, a bad language and a bad k.
        var text = request.Text!;
        if (text.Length > PrecedentFinder.MaxCharacters)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status413PayloadTooLarge,
                title: "The draft is too long",
                detail: string.Create(CultureInfo.InvariantCulture, $"The draft has {text.Length:N0} characters; the precedent checker takes one paragraph, at most {PrecedentFinder.MaxCharacters:N0} characters. Check it paragraph by paragraph."),
                extensions: new Dictionary<string, object?> { ["limit"] = PrecedentFinder.MaxCharacters, ["length"] = text.Length });
        }

        if (PrecedentFinder.WordsIn(text) < PrecedentFinder.MinWords)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["text"] = [$"text must have at least {PrecedentFinder.MinWords} words to be compared with agreed paragraphs."],
            });
        }

        var result = await finder.FindAsync(text, DocumentLanguages.Parse(request.Lang), request.K ?? 5, cancellationToken);
        return TypedResults.Ok(result.ToResponse());
    }
}
