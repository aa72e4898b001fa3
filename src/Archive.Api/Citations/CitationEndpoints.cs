using System.ComponentModel;
using System.Text.Json;
using Archive.Api.Hosting;
using Archive.Contracts;
using Archive.Core.Citations;
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
        endpoints.MapGet("/api/paragraphs/{id}/cite", CiteParagraph)
            .WithTags("Paragraphs")
            .WithName("CiteParagraph")
            .WithSummary("Cite one paragraph: format=text|bibtex|ris|csl-json, lang=en|id.")
            .ProducesCitations()
            // DocumentQueries validates, in the names of every caller: not ASP.NET's validation, which would check twice.
            .DisableValidation()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        // The same with the id's slash as typed ("document/anchor": two segments, more specific than /api/paragraphs/{**id}).
        endpoints.MapGet("/api/paragraphs/{document}/{anchor}/cite",
            (string document, string anchor, [AsParameters] CiteQuery query, DocumentQueries documents, ArchiveAddress address) =>
                CiteParagraph($"{document}/{anchor}", query, documents, address))
            .DisableValidation()
            .ExcludeFromDescription();
        endpoints.MapGet("/api/documents/{id}/cite", CiteDocument)
            .WithTags("Documents")
            .WithName("CiteDocument")
            .WithSummary("Cite a whole document: format=text|bibtex|ris|csl-json, lang=en|id.")
            .ProducesCitations()
            // DocumentQueries validates, in the names of every caller: not ASP.NET's validation, which would check twice.
            .DisableValidation()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return endpoints;
    }

    private static Results<ContentHttpResult, ValidationProblem, ProblemHttpResult> CiteParagraph(
        [Description(EscapedSlashes.Description)] string id, [AsParameters] CiteQuery query, DocumentQueries documents, ArchiveAddress address) =>
        Answer(documents.CiteParagraph(EscapedSlashes.Unescape(id), query, ParameterNames.Rest, address.Of), "Paragraph not found");

    private static Results<ContentHttpResult, ValidationProblem, ProblemHttpResult> CiteDocument(
        string id, [AsParameters] CiteQuery query, DocumentQueries documents, ArchiveAddress address) =>
        Answer(documents.CiteDocument(id, query, ParameterNames.Rest, address.Of), "Document not found");

    private static Results<ContentHttpResult, ValidationProblem, ProblemHttpResult> Answer(QueryAnswer<CitationResponse> answer, string notFound)
    {
        if (answer.Response is { } citation)
        {
            return TypedResults.Text(citation.Citation, citation.MediaType + "; charset=utf-8");
        }

        return answer.Problems.NotFound
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: notFound, detail: answer.Problems.Message)
            : answer.Problems.ToValidationProblem();
    }

    /// <summary>The four media types a citation comes in: three texts, and CSL-JSON as the array of items it is.</summary>
    private static RouteHandlerBuilder ProducesCitations(this RouteHandlerBuilder builder) => builder
        .Produces<string>(StatusCodes.Status200OK, "text/plain", CitationFormat.BibTex.MediaType(), CitationFormat.Ris.MediaType())
        .AlsoProduces<IReadOnlyList<Dictionary<string, JsonElement>>>(StatusCodes.Status200OK, CitationFormat.CslJson.MediaType());
}
