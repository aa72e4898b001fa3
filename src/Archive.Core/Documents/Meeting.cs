namespace Archive.Core.Documents;

/// <summary>
/// A meeting of the Bali Process as the archive holds it: a Ministerial Conference (every document with its number),
/// or any other dated meeting (senior officials, the Steering Group, a forum, a working group, a declaration or an
/// upload without a number), whose documents are one document and its version in the other language.
/// </summary>
/// <param name="Id">"bpmc6" for a conference; otherwise its documents' work key, e.g. <c>bp-2019-som</c>.</param>
/// <param name="Order">Its place in the archive's timeline, 0 for the earliest: meetings compare by it.</param>
/// <param name="Date">The earliest date of its documents; null only for a conference none of whose documents is dated.</param>
/// <param name="Documents">Its documents, oldest first.</param>
public sealed record Meeting(string Id, int Order, int? Conference, PartialDate? Date, IReadOnlyList<ArchiveDocument> Documents)
{
    /// <summary>The type of its documents when it is no conference; null for a conference, whose documents are of several.</summary>
    public DocumentType? Type => Conference is null ? Documents[0].Metadata.Type : null;

    /// <summary>
    /// Its name in a language: a conference's ("Sixth Ministerial Conference of the Bali Process"), otherwise its
    /// document's short title or title in that language, or in the other language when it has no version in this one.
    /// </summary>
    public string Name(DocumentLanguage language)
    {
        if (Conference is int number)
        {
            return ConferenceNames.Name(number, language);
        }

        var metadata = (Documents.FirstOrDefault(d => d.Language == language) ?? Documents[0]).Metadata;
        return metadata.ShortTitle ?? metadata.Title;
    }
}
