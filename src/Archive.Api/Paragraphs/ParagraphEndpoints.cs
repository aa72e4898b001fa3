using Archive.Contracts;
using Archive.Core.Documents;
using Archive.Core.Indexing;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Archive.Api.Paragraphs;

/// <summary><c>/api/paragraphs/{id}</c>: one paragraph, citable, with its counterpart.</summary>
internal static class ParagraphEndpoints
{
    public static RouteGroupBuilder MapParagraphs(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/paragraphs").WithTags("Paragraphs");
        group.MapGet("/{**id}", GetParagraph)
            .WithName("GetParagraph")
            .WithSummary("One paragraph by id (e.g. bpmc6-2016-cochairs-en/p4): text, citation, pages and its counterpart.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    private static Results<Ok<ParagraphDetailResponse>, ProblemHttpResult> GetParagraph(string id, LiveIndex index)
    {
        if (index.Library.FindParagraph(id) is not var (document, paragraph))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Paragraph not found",
                detail: $"No paragraph has the id \"{id}\". Ids look like bpmc6-2016-cochairs-en/p4; GET /api/documents/{{id}} lists a document's paragraphs.");
        }

        var counterpart = paragraph.CounterpartId is { } cp ? index.Library.FindParagraph(cp)?.Paragraph : null;
        return TypedResults.Ok(new ParagraphDetailResponse(
            paragraph.Id,
            document.Id,
            document.Metadata.Title,
            document.Language.ToCode(),
            paragraph.Anchor,
            paragraph.Number,
            paragraph.Section,
            paragraph.Attachment,
            paragraph.Pages,
            document.Source,
            document.Metadata.Sample,
            paragraph.Text,
            paragraph.Citation,
            counterpart?.ToCounterpart(document.Language.Other()),
            Permalink.Of(document, paragraph),
            paragraph.Ocr,
            paragraph.OcrConfidence));
    }
}
