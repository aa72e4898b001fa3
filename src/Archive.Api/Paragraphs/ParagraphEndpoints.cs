using System.ComponentModel;
using Archive.Api.Hosting;
using Archive.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Archive.Api.Paragraphs;

/// <summary><c>/api/paragraphs/{id}</c>: one paragraph, citable, with its counterpart.</summary>
internal static class ParagraphEndpoints
{
    public static RouteGroupBuilder MapParagraphs(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/paragraphs").WithTags("Paragraphs");
        group.MapGet("/{id}", GetParagraph)
            .WithName("GetParagraph")
            .WithSummary("One paragraph by id (e.g. bpmc6-2016-cochairs-en/p4): text, citation, pages and its counterpart.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        // The same, with the id's slash as typed, as people write it.
        group.MapGet("/{**id:regex(/)}", GetParagraph).ExcludeFromDescription();
        return group;
    }

    private static Results<Ok<ParagraphDetailResponse>, ProblemHttpResult> GetParagraph([Description(EscapedSlashes.Description)] string id, DocumentQueries documents)
    {
        var answer = documents.Paragraph(EscapedSlashes.Unescape(id), "GET /api/documents/{id} lists a document's paragraphs");
        return answer.Response is { } detail
            ? TypedResults.Ok(detail)
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Paragraph not found", detail: answer.Problems.Message);
    }
}
