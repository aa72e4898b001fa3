using System.Security.Claims;
using Archive.Api.Access;
using Archive.Contracts;
using Archive.Core.Documents;
using Archive.Core.Extraction;
using Archive.Core.Ingestion;
using Archive.Core.Uploads;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace Archive.Api.Documents;

/// <summary>
/// <c>POST</c>, <c>PUT</c> and <c>DELETE</c> on <c>/api/documents</c>: key holders add, replace and remove uploaded
/// documents. Each answers once the index generation with the change is served, so the document can be searched as
/// soon as the client has its id; a write whose build outlasts <c>Archive:WriteWaitSeconds</c> is answered 202 with a
/// status address (<c>/api/writes/{ticket}</c>) and carried on to its end.
/// </summary>
internal static class DocumentWriteEndpoints
{
    public static RouteGroupBuilder MapDocumentWrites(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/documents").WithTags("Documents").RequireWriteAccess();
        group.MapPost("/", AddDocument)
            .WithName("AddDocument")
            .WithSummary("Add a PDF, Word (.docx), HTML, text or Markdown document (multipart/form-data: file, and optionally language, type, conference, date, place, title, counterpart, issuer). Needs an API key.")
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
        endpoints.MapGroup("/api/writes").WithTags("Documents").RequireWriteAccess()
            .MapGet("/{ticket}", GetWrite)
            .WithName("GetWrite")
            .WithSummary("How a write answered 202 is getting on: pending, done (with what the 201 would have said) or refused (with the problem). Needs an API key.")
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

    private static async Task<Results<Created<DocumentWriteResponse>, Accepted<WriteStatusResponse>, ValidationProblem, ProblemHttpResult>> AddDocument(
        HttpRequest request, ClaimsPrincipal user, CorpusWriter writer, PendingWrites pending, IOptions<CorpusOptions> corpus,
        IOptions<ExtractionOptions> extraction, IOptions<WriteAccessOptions> access, CancellationToken cancellationToken)
    {
        var actor = user.Identity!.Name!;
        try
        {
            var (form, errors) = await UploadForm.ReadAsync(request, corpus.Value.Path, extraction.Value.MaxFileBytes, fileRequired: true, cancellationToken);
            if (form is null)
            {
                return TypedResults.ValidationProblem(errors, title: "The upload form is not complete");
            }

            var write = pending.Start("add", null, async stopping =>
            {
                using var file = form.File!;
                return await writer.AddAsync(file, form.Metadata, actor, stopping);
            });
            if (!await write.EndsWithinAsync(access.Value.Wait, cancellationToken))
            {
                return TypedResults.Accepted(StatusUrl(write), Status(write));
            }

            var change = await write.Completion;
            return TypedResults.Created($"/api/documents/{change.DocumentId}", ToResponse(change));
        }
        catch (UploadRefusedException refused)
        {
            return await RefusedAsync(writer, actor, "add", null, refused);
        }
    }

    private static async Task<Results<Ok<DocumentWriteResponse>, Accepted<WriteStatusResponse>, ValidationProblem, ProblemHttpResult>> ReplaceDocument(
        string id, HttpRequest request, ClaimsPrincipal user, CorpusWriter writer, PendingWrites pending, IOptions<CorpusOptions> corpus,
        IOptions<ExtractionOptions> extraction, IOptions<WriteAccessOptions> access, CancellationToken cancellationToken)
    {
        var actor = user.Identity!.Name!;
        try
        {
            var (form, errors) = await UploadForm.ReadAsync(request, corpus.Value.Path, extraction.Value.MaxFileBytes, fileRequired: false, cancellationToken);
            if (form is null)
            {
                return TypedResults.ValidationProblem(errors, title: "The replacement form cannot be used");
            }

            var write = pending.Start("replace", id, async stopping =>
            {
                using var file = form.File;
                return await writer.ReplaceAsync(id, file, form.Metadata, actor, stopping);
            });
            return await write.EndsWithinAsync(access.Value.Wait, cancellationToken)
                ? TypedResults.Ok(ToResponse(await write.Completion))
                : TypedResults.Accepted(StatusUrl(write), Status(write));
        }
        catch (UploadRefusedException refused)
        {
            return await RefusedAsync(writer, actor, "replace", id, refused);
        }
    }

    private static async Task<Results<NoContent, Accepted<WriteStatusResponse>, ProblemHttpResult>> DeleteDocument(
        string id, ClaimsPrincipal user, CorpusWriter writer, PendingWrites pending, IOptions<WriteAccessOptions> access, CancellationToken cancellationToken)
    {
        try
        {
            var write = pending.Start("delete", id, stopping => writer.DeleteAsync(id, user.Identity!.Name!, stopping));
            if (!await write.EndsWithinAsync(access.Value.Wait, cancellationToken))
            {
                return TypedResults.Accepted(StatusUrl(write), Status(write));
            }

            await write.Completion;
            return TypedResults.NoContent();
        }
        catch (UploadRefusedException refused)
        {
            return UploadProblems.From(refused);
        }
    }

    private static Results<Ok<WriteStatusResponse>, ProblemHttpResult> GetWrite(string ticket, PendingWrites pending) =>
        pending.Find(ticket) is { } write
            ? TypedResults.Ok(Status(write))
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such write",
                detail: $"No write has the ticket \"{ticket}\" (tickets are kept an hour after their write ends, and not across a restart).");

    private static string StatusUrl(PendingWrite write) => $"/api/writes/{write.Ticket}";

    private static WriteStatusResponse Status(PendingWrite write)
    {
        var completion = write.Completion;
        (string State, CorpusChange? Change, ProblemDetails? Problem) outcome = completion.Status switch
        {
            TaskStatus.RanToCompletion => ("done", completion.Result, null),
            TaskStatus.Faulted when completion.Exception?.InnerException is UploadRefusedException refused =>
                ("refused", null, UploadProblems.From(refused).ProblemDetails),
            TaskStatus.Faulted or TaskStatus.Canceled => ("refused", null, new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "The write did not finish",
                Detail = "The service stopped or failed before the write ended; what was committed is in the archive after a restart.",
            }),
            _ => ("pending", null, null),
        };
        var (state, change, problem) = outcome;
        return new WriteStatusResponse(
            write.Ticket,
            write.Action,
            state,
            change?.DocumentId ?? write.DocumentId,
            write.Started,
            write.Ended,
            StatusUrl(write),
            change?.Document is null ? null : ToResponse(change),
            problem is null ? null : new WriteProblemResponse(problem.Status ?? 500, problem.Title ?? string.Empty, problem.Detail ?? string.Empty,
                problem.Extensions.TryGetValue("refusal", out var code) ? code?.ToString() : null));
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
