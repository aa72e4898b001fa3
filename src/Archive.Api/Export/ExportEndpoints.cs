using System.Text;
using Archive.Api.Hosting;
using Archive.Contracts;
using Archive.Core.Export;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Archive.Api.Export;

/// <summary><c>/api/export</c>: the archive as a file for other tools; a TMX translation memory of the aligned paragraphs.</summary>
internal static class ExportEndpoints
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static RouteGroupBuilder MapExport(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/export").WithTags("Export");
        group.MapGet("/tmx", ExportTmx)
            .WithName("ExportTmx")
            .WithSummary("Every aligned English and Indonesian paragraph pair as a TMX 1.4b translation memory, optionally filtered.")
            .Produces<string>(StatusCodes.Status200OK, TmxWriter.MediaType)
            // ExportQueries validates, in the names of every caller: not ASP.NET's validation, which would check twice.
            .DisableValidation()
            .ProducesValidationProblem();
        return group;
    }

    private static Results<PushStreamHttpResult, ValidationProblem> ExportTmx(
        [AsParameters] TmxExportQuery query, ExportQueries exports, CancellationToken cancellationToken)
    {
        var answer = exports.Tmx(query, ParameterNames.Rest);
        if (answer.Response is not { } export)
        {
            return answer.Problems.ToValidationProblem();
        }

        return TypedResults.Stream(
            async body =>
            {
                // Disposed asynchronously: Kestrel refuses a synchronous flush of the response body.
                await using var writer = new StreamWriter(body, Utf8, leaveOpen: true);
                await export.WriteAsync(writer, cancellationToken);
            },
            TmxWriter.MediaType + "; charset=utf-8",
            TmxWriter.FileName);
    }
}
