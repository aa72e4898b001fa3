namespace Archive.Core.Documents;

/// <summary>The parallel text of a library: what the learned lexicon is trained on and a translation memory holds.</summary>
public static class AlignedPairs
{
    /// <summary>
    /// Each English paragraph whose counterpart is an Indonesian paragraph of the library, with it: every pair once, in
    /// library order (documents oldest first, paragraphs in order).
    /// </summary>
    public static IEnumerable<AlignedPair> In(DocumentLibrary library)
    {
        ArgumentNullException.ThrowIfNull(library);
        foreach (var document in library.Documents.Where(d => d.Language == DocumentLanguage.English))
        {
            foreach (var paragraph in document.Paragraphs)
            {
                if (paragraph.CounterpartId is { } id && library.FindParagraph(id) is ({ Language: DocumentLanguage.Indonesian } counterpartDocument, var counterpart))
                {
                    yield return new AlignedPair(document, paragraph, counterpartDocument, counterpart);
                }
            }
        }
    }
}
