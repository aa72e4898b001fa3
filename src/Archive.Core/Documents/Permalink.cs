namespace Archive.Core.Documents;

/// <summary>
/// The address of a document or one of its paragraphs on the web page (<c>/documents/{id}#{anchor}</c>): stable as
/// long as the document's id and the paragraph's anchor are, which is what researchers cite.
/// </summary>
public static class Permalink
{
    public static string Of(string documentId, string? anchor = null) =>
        anchor is null ? $"/documents/{documentId}" : $"/documents/{documentId}#{anchor}";

    public static string Of(ArchiveDocument document, Paragraph? paragraph = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Of(document.Id, paragraph?.Anchor);
    }
}
