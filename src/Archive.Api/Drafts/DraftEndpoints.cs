using System.Net.Mime;
using Archive.Api.Hosting;
using Archive.Contracts;
using Archive.Core.Drafts;
using Archive.Core.Extraction;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace Archive.Api.Drafts;

/// <summary>
/// <c>POST /api/drafts/review</c>: a whole draft checked against agreed text, paragraph by paragraph. The draft comes
/// as a file (multipart <c>file</c>, or the body itself: Word, PDF, HTML or text, told apart by content), as plain
/// text, or as JSON (its paragraphs or its text); the review comes back as JSON, or as the draft in Word with a
/// comment on every paragraph (<c>format=docx</c>).
/// </summary>
internal static class DraftEndpoints
{
    public static RouteGroupBuilder MapDrafts(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/drafts").WithTags("Drafts");
        group.MapPost("/review", Review)
            .WithName("ReviewDraft")
            .DisableValidation()
            .WithSummary("Check a whole draft against agreed text: for each paragraph, verbatim, edited or new, its closest agreed paragraphs with the word diff, the agreed wording in the other language, and its commitments' strength against its source's. Send a file (multipart 'file', or the body: Word, PDF, HTML or text), plain text, or JSON; format=docx answers with the draft in Word, the review as comments.")
            .AddOpenApiOperationTransformer(DescribeBody)
            .Produces<DraftReviewResponse>(StatusCodes.Status200OK, MediaTypeNames.Application.Json, ReviewedDraftDocument.ContentType)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return group;
    }

    private static async Task<Results<Ok<DraftReviewResponse>, FileContentHttpResult, ValidationProblem, ProblemHttpResult>> Review(
        HttpRequest request, [AsParameters] DraftReviewFormat format, DraftQueries drafts, IOptions<ExtractionOptions> extraction,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        if (format.Format is { } asked && asked is not ("json" or "docx"))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["format"] = ["format must be json or docx."] });
        }

        QueryAnswer<DraftReview> answer;
        try
        {
            answer = await ReadAndReviewAsync(request, drafts, extraction.Value.MaxFileBytes, cancellationToken);
        }
        catch (UnsupportedDraftException ex)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "The draft is of no format the archive reads", detail: ex.Message);
        }
        catch (ExtractionFailedException ex)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "The draft cannot be read", detail: ex.Message,
                extensions: new Dictionary<string, object?> { ["failure"] = ex.Failure.ToString() });
        }
        catch (DraftBodyException ex)
        {
            return TypedResults.Problem(statusCode: ex.Status, title: ex.Title, detail: ex.Message);
        }

        if (answer.Response is not { } review)
        {
            return answer.Problems.ToTooLarge("The draft is too long") is { } tooLarge ? tooLarge : answer.Problems.ToValidationProblem();
        }

        return format.Format == "docx"
            ? TypedResults.File(ReviewedDraftDocument.Write(review, clock.GetUtcNow()), ReviewedDraftDocument.ContentType, "reviewed-draft.docx")
            : TypedResults.Ok(review.ToResponse());
    }

    private static async Task<QueryAnswer<DraftReview>> ReadAndReviewAsync(HttpRequest request, DraftQueries drafts, long maxBytes, CancellationToken cancellationToken)
    {
        var names = ParameterNames.Rest;
        var type = request.ContentType ?? string.Empty;
        if (request.HasJsonContentType())
        {
            DraftReviewRequest? body;
            try
            {
                body = await request.ReadFromJsonAsync<DraftReviewRequest>(cancellationToken);
            }
            catch (System.Text.Json.JsonException ex)
            {
                throw new DraftBodyException(StatusCodes.Status400BadRequest, "The JSON body cannot be read", ex.Message);
            }

            return await drafts.ReviewAsync(body ?? new DraftReviewRequest(), names, cancellationToken);
        }

        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken);
            if (form.Files.GetFile("file") is not { } file)
            {
                throw new DraftBodyException(StatusCodes.Status400BadRequest, "The form has no draft", "Send the draft as the form's 'file' part.");
            }

            int? k = int.TryParse(form["k"], System.Globalization.CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
            return await drafts.ReviewFileAsync(await ReadAsync(file.OpenReadStream(), maxBytes, cancellationToken), file.FileName, form["lang"].FirstOrDefault(), k, names, cancellationToken);
        }

        var bytes = await ReadAsync(request.Body, maxBytes, cancellationToken);
        return type.StartsWith(MediaTypeNames.Text.Plain, StringComparison.OrdinalIgnoreCase)
            ? await drafts.ReviewAsync(new DraftReviewRequest { Text = System.Text.Encoding.UTF8.GetString(bytes), Lang = request.Query["lang"], K = QueryK(request) }, names, cancellationToken)
            : await drafts.ReviewFileAsync(bytes, null, request.Query["lang"], QueryK(request), names, cancellationToken);
    }

    private static int? QueryK(HttpRequest request) =>
        int.TryParse(request.Query["k"], System.Globalization.CultureInfo.InvariantCulture, out var k) ? k : null;

    private static async Task<byte[]> ReadAsync(Stream body, long maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw new DraftBodyException(StatusCodes.Status413PayloadTooLarge, "The draft is too large",
                    $"the draft is over {maxBytes / 1048576.0:F1} MiB (Extraction:MaxFileBytes)");
            }

            buffer.Write(chunk, 0, read);
        }

        if (buffer.Length == 0)
        {
            throw new DraftBodyException(StatusCodes.Status400BadRequest, "The request has no draft",
                "Send the draft as JSON, as plain text, or as a file (multipart 'file', or the body itself).");
        }

        return buffer.ToArray();
    }

    /// <summary>The request bodies the reference shows: JSON, multipart with a file, plain text, a Word file.</summary>
    private static async Task DescribeBody(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken) =>
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                [MediaTypeNames.Application.Json] = new() { Schema = await context.GetOrCreateSchemaAsync(typeof(DraftReviewRequest), null, cancellationToken) },
                ["multipart/form-data"] = new() { Schema = await context.GetOrCreateSchemaAsync(typeof(DraftReviewForm), null, cancellationToken) },
                [MediaTypeNames.Text.Plain] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String } },
                [ReviewedDraftDocument.ContentType] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" } },
            },
        };
}
