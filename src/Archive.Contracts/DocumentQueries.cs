using Archive.Core.Citations;
using Archive.Core.Documents;
using Archive.Core.Indexing;

namespace Archive.Contracts;

/// <summary>
/// A paragraph or document by id, and its citation: the one use case behind <c>GET /api/paragraphs/{id}</c>, the
/// cite endpoints and the <c>get_paragraph</c> and <c>cite</c> tools.
/// </summary>
public sealed class DocumentQueries(LiveIndex index)
{
    /// <param name="whereToFind">Where the caller finds ids (a route, a tool), added to the message for an unknown id.</param>
    public QueryAnswer<ParagraphDetailResponse> Paragraph(string id, string? whereToFind)
    {
        ArgumentNullException.ThrowIfNull(id);
        return index.Library.FindDetail(id) is { } detail
            ? new QueryAnswer<ParagraphDetailResponse>(detail)
            : new QueryAnswer<ParagraphDetailResponse>(UnknownParagraph(id, whereToFind));
    }

    /// <summary>The citation of one paragraph in the query's format and language (default: text, the paragraph's own).</summary>
    /// <param name="address">The absolute address of a path on this archive, as the caller reached it.</param>
    public QueryAnswer<CitationResponse> CiteParagraph(string id, CiteQuery query, ParameterNames names, Func<string, Uri> address)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(address);
        if (RequestValidation.Check(query, names) is { IsEmpty: false } problems)
        {
            return new QueryAnswer<CitationResponse>(problems);
        }

        return index.Library.FindParagraph(id) is var (document, paragraph)
            ? new QueryAnswer<CitationResponse>(Cite(query, document, paragraph, address(Permalink.Of(document, paragraph))))
            : new QueryAnswer<CitationResponse>(UnknownParagraph(id, whereToFind: null));
    }

    /// <summary>The citation of a whole document.</summary>
    /// <param name="address">The absolute address of a path on this archive, as the caller reached it.</param>
    public QueryAnswer<CitationResponse> CiteDocument(string id, CiteQuery query, ParameterNames names, Func<string, Uri> address)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(address);
        if (RequestValidation.Check(query, names) is { IsEmpty: false } problems)
        {
            return new QueryAnswer<CitationResponse>(problems);
        }

        if (index.Library.FindDocument(id) is not { } document)
        {
            var unknown = new RequestProblems();
            unknown.AddNotFound("id", $"No document has the id \"{id}\". GET /api/documents lists them.");
            return new QueryAnswer<CitationResponse>(unknown);
        }

        return new QueryAnswer<CitationResponse>(Cite(query, document, null, address(Permalink.Of(document))));
    }

    private static CitationResponse Cite(CiteQuery query, ArchiveDocument document, Paragraph? paragraph, Uri permalink)
    {
        // Validation has refused any other format or language spelling.
        var format = CitationFormats.TryParse(query.Format, out var parsed) ? parsed : CitationFormat.Text;
        var language = DocumentLanguages.Parse(query.Lang);
        var text = CitationExporter.Export(format, document, paragraph, language, permalink);
        var written = language == DocumentLanguage.Unknown ? document.Language : language;
        return new CitationResponse(paragraph?.Id ?? document.Id, format.ToCode(), written.ToCode(), text, permalink.AbsoluteUri) { MediaType = format.MediaType() };
    }

    private static RequestProblems UnknownParagraph(string id, string? whereToFind)
    {
        var problems = new RequestProblems();
        problems.AddNotFound("id", $"No paragraph has the id \"{id}\". Ids look like bpmc6-2016-cochairs-en/p4{(whereToFind is null ? string.Empty : "; " + whereToFind)}.");
        return problems;
    }
}
