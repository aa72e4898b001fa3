using Archive.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Archive.Api.Hosting;

/// <summary>A use case's refusal as HTTP answers it: 400 with the problems by field, or 413 for its size.</summary>
internal static class RequestProblemResults
{
    public static ValidationProblem ToValidationProblem(this RequestProblems problems) =>
        TypedResults.ValidationProblem(problems.ByField);

    /// <summary>A refusal for size: 413 with the limit and what was sent, in the field's unit; null for any other refusal.</summary>
    public static ProblemHttpResult? ToTooLarge(this RequestProblems problems, string title) =>
        problems.TooLarge is var (limit, length)
            ? TypedResults.Problem(
                statusCode: StatusCodes.Status413PayloadTooLarge,
                title: title,
                detail: problems.Message,
                extensions: new Dictionary<string, object?> { ["limit"] = limit, ["length"] = length })
            : null;
}
