using Archive.Contracts;
using Archive.Core.Citations;
using Archive.Core.Documents;
using Archive.Core.Indexing;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Archive.Api.Citations;

/// <summary>
/// <c>/api/paragraphs/{id}/cite</c> and <c>/api/documents/{id}/cite</c>: a citation as text (in either language) or
/// as a BibTeX, RIS or CSL-JSON record for reference managers, with the permalink.
/// </summary>
internal static class CitationEndpoints
{
    public static IEndpointRouteBuilder MapCitations(this IEndpointRouteBuilder endpoints)
    {
        // A paragraph id is "document/anchor": two segments, so this route is more specific than /api/paragraphs/{**id}.
        endpoints.MapGet("/api/paragraphs/{document}/{anchor}/cite", CiteParagraph)
            .WithTags("Paragraphs")
            .WithName("CiteParagraph")
            .WithSummary("Cite one paragraph: format=text|bibtex|ris|csl-json, lang=en|id.")
            .Produces<string>(contentType: "text/plain")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        endpoints.MapGet("/api/documents/{id}/cite", CiteDocument)
            .WithTags("Documents")
            .WithName("CiteDocument")
            .WithSummary("Cite a whole document: format=text|bibtex|ris|csl-json, lang=en|id.")
            .Produces<string>(contentType: "text/plain")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return endpoints;
    }

    private static Results<ContentHttpResult, ProblemHttpResult> CiteParagraph(string document, string anchor, [AsParameters] CiteQuery query, LiveIndex index, HttpRequest request)
    {
        var id = $"{document}/{anchor}";
        if (index.Library.FindParagraph(id) is not var (found, paragraph))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Paragraph not found",
                detail: $"No paragraph has the id \"{id}\". Ids look like bpmc6-2016-cochairs-en/p4.");
        }

        return Cite(query, found, paragraph, request, Permalink.Of(found, paragraph));
    }

    private static Results<ContentHttpResult, ProblemHttpResult> CiteDocument(string id, [AsParameters] CiteQuery query, LiveIndex index, HttpRequest request)
    {
        if (index.Library.FindDocument(id) is not { } document)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Document not found",
                detail: $"No document has the id \"{id}\". GET /api/documents lists them.");
        }

        return Cite(query, document, null, request, Permalink.Of(document));
    }

    private static ContentHttpResult Cite(CiteQuery query, ArchiveDocument document, Paragraph? paragraph, HttpRequest request, string path)
    {
        // Validation has refused any other format or language spelling.
        var format = CitationFormats.TryParse(query.Format, out var parsed) ? parsed : CitationFormat.Text;
        var permalink = new Uri($"{request.Scheme}://{request.Host}{request.PathBase}{path}");
        var text = CitationExporter.Export(format, document, paragraph, DocumentLanguages.Parse(query.Lang), permalink);
        return TypedResults.Text(text, format.MediaType() + "; charset=utf-8");
    }
}
