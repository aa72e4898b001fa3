using System.Net.Mime;
using System.Text;
using Archive.Api.Hosting;
using Archive.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Net.Http.Headers;
using Microsoft.OpenApi;

namespace Archive.Api.Search;

/// <summary>
/// <c>POST /api/search/batch</c>: a list of queries (JSON or CSV) answered in order, each with its top hits, streamed
/// as each search finishes (NDJSON or CSV). The batch is refused whole before anything is sent; a bad query is
/// answered with its error and the rest go on.
/// </summary>
internal static class SearchBatchEndpoints
{
    // Spreadsheets read a byte-order mark as "this is UTF-8", as the other CSV downloads do.
    private static readonly UTF8Encoding CsvEncoding = new(encoderShouldEmitUTF8Identifier: true);

    private static readonly UTF8Encoding JsonEncoding = new(encoderShouldEmitUTF8Identifier: false);

    public static RouteGroupBuilder MapSearchBatch(this RouteGroupBuilder group)
    {
        group.MapPost("/batch", SearchBatchAsync)
            .WithName("SearchBatch")
            // SearchBatchQueries validates, with the search's own rules per query.
            .DisableValidation()
            .WithSummary("Search a list of up to 500 queries (JSON or CSV with a q column), each answered with its top k hits in order, streamed as NDJSON or, with format=csv or Accept: text/csv, as CSV rows; a bad query gets an error and the rest go on.")
            .AddOpenApiOperationTransformer(DescribeBody)
            .Produces<SearchBatchResultResponse>(StatusCodes.Status200OK, SearchBatchJson.MediaType)
            .AlsoProduces<string>(StatusCodes.Status200OK, SearchBatchCsv.MediaType)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return group;
    }

    private static async Task<Results<PushStreamHttpResult, ValidationProblem, ProblemHttpResult>> SearchBatchAsync(
        HttpRequest request, [AsParameters] SearchBatchOptions options, SearchBatchQueries batches, CancellationToken cancellationToken)
    {
        if (options.Format is { } asked && asked is not ("json" or "csv"))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["format"] = ["format must be json or csv."] });
        }

        SearchBatch? batch;
        try
        {
            batch = await ReadAsync(request, cancellationToken);
        }
        catch (SearchBatchFormatException ex)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The batch cannot be read", detail: ex.Message);
        }

        if (batch is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "The batch is of no format the archive reads",
                detail: "Send the queries as JSON (application/json) or CSV (text/csv) with a q column.");
        }

        var answer = batches.Search(batch with { K = batch.K ?? options.K }, ParameterNames.Rest, cancellationToken);
        if (answer.Response is not { } answers)
        {
            return answer.Problems.ToTooLarge("The batch is too large") is { } tooLarge ? tooLarge : answer.Problems.ToValidationProblem();
        }

        var csv = options.Format == "csv" || (options.Format is null && WantsCsv(request));
        return TypedResults.Stream(
            async body =>
            {
                // Disposed asynchronously: Kestrel refuses a synchronous flush of the response body.
                await using var writer = new StreamWriter(body, csv ? CsvEncoding : JsonEncoding, leaveOpen: true);
                await (csv ? SearchBatchCsv.WriteAsync(writer, answers, cancellationToken) : SearchBatchJson.WriteAsync(writer, answers, cancellationToken));
            },
            (csv ? SearchBatchCsv.MediaType : SearchBatchJson.MediaType) + "; charset=utf-8");
    }

    private static async Task<SearchBatch?> ReadAsync(HttpRequest request, CancellationToken cancellationToken) =>
        request.HasJsonContentType() ? await SearchBatchJson.ReadAsync(request.Body, cancellationToken)
        : IsCsv(request.ContentType) ? await SearchBatchCsv.ReadAsync(request.Body, cancellationToken)
        : null;

    private static bool IsCsv(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var type) && type.MediaType.Equals(SearchBatchCsv.MediaType, StringComparison.OrdinalIgnoreCase);

    private static bool WantsCsv(HttpRequest request) =>
        request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals(SearchBatchCsv.MediaType, StringComparison.OrdinalIgnoreCase));

    /// <summary>The request bodies the reference shows: the JSON batch and the CSV file.</summary>
    private static async Task DescribeBody(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken) =>
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                [MediaTypeNames.Application.Json] = new() { Schema = await context.GetOrCreateSchemaAsync(typeof(SearchBatchRequest), null, cancellationToken) },
                [SearchBatchCsv.MediaType] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Description = "A header row naming the columns (q required; id, lang, type, conference, from, to, sample), then one query a row." } },
            },
        };
}
