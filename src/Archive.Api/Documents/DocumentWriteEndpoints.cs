using System.Security.Claims;
using Archive.Api.Access;
using Archive.Contracts;
using Archive.Core.Documents;
using Archive.Core.Extraction;
using Archive.Core.Ingestion;
using Archive.Core.Uploads;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace Archive.Api.Documents;

/// <summary>
/// <c>POST</c>, <c>PUT</c> and <c>DELETE</c> on <c>/api/documents</c>: key holders add, replace and remove uploaded
/// documents. Each answers once the index generation with the change is served (a rebuild of the sample corpus takes
/// a second or two), so the document can be searched as soon as the client has its id.
/// </summary>
internal static class DocumentWriteEndpoints
{
    public static RouteGroupBuilder MapDocumentWrites(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/documents").WithTags("Documents").RequireWriteAccess();
        group.MapPost("/", AddDocument)
            .WithName("AddDocument")
            .WithSummary("Add a PDF, HTML, text or Markdown document (multipart/form-data: file, and optionally language, type, conference, date, place, title, counterpart). Needs an API key.")
            .AddOpenApiOperationTransformer(DescribeForm(required: true))
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesValidationProblem();
        group.MapPut("/{id}", ReplaceDocument)
            .WithName("ReplaceDocument")
            .WithSummary("Replace an uploaded document's file, its metadata, or both (multipart/form-data, every part optional); its id stays. Needs an API key.")
            .AddOpenApiOperationTransformer(DescribeForm(required: false))
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesValidationProblem();
        group.MapDelete("/{id}", DeleteDocument)
            .WithName("DeleteDocument")
            .WithSummary("Remove an uploaded document from the archive (its file is kept aside on the server). Needs an API key.")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        return group;
    }

    /// <summary>
    /// The form in the API reference. It is not declared with <c>Accepts</c>: routing would then refuse another body type
    /// itself, with a bare 415, before <see cref="UploadForm"/> can say what to send.
    /// </summary>
    private static Func<OpenApiOperation, OpenApiOperationTransformerContext, CancellationToken, Task> DescribeForm(bool required) =>
        async (operation, context, cancellationToken) => operation.RequestBody = new OpenApiRequestBody
        {
            Required = required,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["multipart/form-data"] = new() { Schema = await context.GetOrCreateSchemaAsync(typeof(DocumentUploadForm), null, cancellationToken) },
            },
        };

    private static async Task<Results<Created<DocumentWriteResponse>, ValidationProblem, ProblemHttpResult>> AddDocument(
        HttpRequest request, ClaimsPrincipal user, CorpusWriter writer, IOptions<CorpusOptions> corpus,
        IOptions<ExtractionOptions> extraction, CancellationToken cancellationToken)
    {
        var actor = user.Identity!.Name!;
        try
        {
            var (form, errors) = await UploadForm.ReadAsync(request, corpus.Value.Path, extraction.Value.MaxFileBytes, fileRequired: true, cancellationToken);
            if (form is null)
            {
                return TypedResults.ValidationProblem(errors, title: "The upload form is not complete");
            }

            using var file = form.File!;
            var change = await writer.AddAsync(file, form.Metadata, actor, cancellationToken);
            var response = ToResponse(change);
            return TypedResults.Created($"/api/documents/{change.DocumentId}", response);
        }
        catch (UploadRefusedException refused)
        {
            return await RefusedAsync(writer, actor, "add", null, refused);
        }
    }

    private static async Task<Results<Ok<DocumentWriteResponse>, ValidationProblem, ProblemHttpResult>> ReplaceDocument(
        string id, HttpRequest request, ClaimsPrincipal user, CorpusWriter writer, IOptions<CorpusOptions> corpus,
        IOptions<ExtractionOptions> extraction, CancellationToken cancellationToken)
    {
        var actor = user.Identity!.Name!;
        try
        {
            var (form, errors) = await UploadForm.ReadAsync(request, corpus.Value.Path, extraction.Value.MaxFileBytes, fileRequired: false, cancellationToken);
            if (form is null)
            {
                return TypedResults.ValidationProblem(errors, title: "The replacement form cannot be used");
            }

            using var file = form.File;
            return TypedResults.Ok(ToResponse(await writer.ReplaceAsync(id, file, form.Metadata, actor, cancellationToken)));
        }
        catch (UploadRefusedException refused)
        {
            return await RefusedAsync(writer, actor, "replace", id, refused);
        }
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteDocument(
        string id, ClaimsPrincipal user, CorpusWriter writer, CancellationToken cancellationToken)
    {
        try
        {
            await writer.DeleteAsync(id, user.Identity!.Name!, cancellationToken);
            return TypedResults.NoContent();
        }
        catch (UploadRefusedException refused)
        {
            return UploadProblems.From(refused);
        }
    }

    /// <summary>The problem for a refusal; one the writer never saw (too large, wrong type) is audited here.</summary>
    private static async Task<ProblemHttpResult> RefusedAsync(
        CorpusWriter writer, string actor, string action, string? id, UploadRefusedException refused)
    {
        if (refused.Refusal is UploadRefusal.TooLarge or UploadRefusal.UnsupportedType)
        {
            await writer.RecordRefusedAsync(actor, action, id, refused);
        }

        return UploadProblems.From(refused);
    }

    private static DocumentWriteResponse ToResponse(CorpusChange change)
    {
        var document = change.Document!;
        return new DocumentWriteResponse(
            document.Id,
            document.Paragraphs.Count,
            change.Report?.Warnings ?? document.Warnings,
            Permalink.Of(document),
            document.Sha256,
            change.Generation,
            change.Unchanged,
            document.ToSummary());
    }
}

/// <summary>The upload form as the API reference shows it; requests are read part by part by <see cref="UploadForm"/>.</summary>
internal sealed class DocumentUploadForm
{
    /// <summary>The document: PDF, HTML, text or Markdown, told apart by content.</summary>
    public required IFormFile File { get; init; }

    /// <summary>en or id; read from the text when left out.</summary>
    public string? Language { get; init; }

    /// <summary>co-chairs-statement, declaration, framework, strategy or other.</summary>
    public string? Type { get; init; }

    /// <summary>The Ministerial Conference's number, 1-99.</summary>
    public int? Conference { get; init; }

    /// <summary>2016-03-23, 2016-03 or 2016.</summary>
    public string? Date { get; init; }

    public string? Place { get; init; }

    public string? Title { get; init; }

    /// <summary>The id of the same document in the other language, to pair them (when adding only).</summary>
    public string? Counterpart { get; init; }
}
