using Archive.Contracts;
using Archive.Core.Documents;
using Archive.Core.Indexing;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Archive.Api.Documents;

/// <summary><c>/api/documents</c>: the ingested documents, listed and whole.</summary>
internal static class DocumentEndpoints
{
    public static RouteGroupBuilder MapDocuments(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/documents").WithTags("Documents");
        group.MapGet("/", ListDocuments)
            .WithName("ListDocuments")
            .WithSummary("List the documents of the archive, oldest first, optionally filtered.")
            .ProducesValidationProblem();
        group.MapGet("/{id}", GetDocument)
            .WithName("GetDocument")
            .WithSummary("One document, paragraph by paragraph, with citations and each paragraph's counterpart.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    private static Ok<IReadOnlyList<DocumentSummaryResponse>> ListDocuments([AsParameters] DocumentListQuery query, LiveIndex index)
    {
        // The query record's validation has already refused any other language or type spelling.
        var language = DocumentLanguages.Parse(query.Lang);
        DocumentType? type = DocumentTypes.TryParse(query.Type, out var parsed) ? parsed : null;
        IReadOnlyList<DocumentSummaryResponse> documents = [.. index.Library.Documents
            .Where(d => query.Lang is null || d.Language == language)
            .Where(d => type is null || d.Metadata.Type == type)
            .Where(d => query.Conference is null || d.Metadata.Conference == query.Conference)
            .Where(d => query.Sample is null || d.Metadata.Sample == query.Sample)
            .Select(d => d.ToSummary())];
        return TypedResults.Ok(documents);
    }

    private static Results<Ok<DocumentResponse>, ProblemHttpResult> GetDocument(string id, LiveIndex index)
    {
        var document = index.Library.FindDocument(id);
        return document is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Document not found",
                detail: $"No document has the id \"{id}\". GET /api/documents lists the ids.")
            : TypedResults.Ok(document.ToResponse());
    }
}
