using Archive.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Archive.Api.Hosting;

/// <summary>A use case's refusal as HTTP answers it: 400 with the problems by field.</summary>
internal static class RequestProblemResults
{
    public static ValidationProblem ToValidationProblem(this RequestProblems problems) =>
        TypedResults.ValidationProblem(problems.ByField);
}
