using Archive.Api.Hosting;
using Archive.Core.Citations;
using Archive.Core.Documents;

namespace Archive.Api.Feeds;

/// <summary>One entry of a feed: a paragraph (or a clause of one) with where it stands, when, who issued it and its citation.</summary>
/// <param name="Id">The entry's permanent id: an absolute address on the archive.</param>
/// <param name="Title">Names the document and the paragraph, in the document's language.</param>
/// <param name="Text">The paragraph's or the clause's text, as written.</param>
/// <param name="Link">The paragraph's absolute permalink.</param>
/// <param name="Related">Another page about the entry (a commitment's lineage), or null.</param>
/// <param name="Author">The document's issuer (<see cref="CitationExporter.Author"/>), or null when unknown.</param>
internal sealed record FeedEntry(
    Uri Id,
    string Title,
    string Text,
    string Citation,
    Uri Link,
    Uri? Related,
    DateTimeOffset Published,
    DateTimeOffset Updated,
    string? Author,
    DocumentLanguage Language)
{
    /// <summary>
    /// The entry of a paragraph, or of a clause of it (<paramref name="commitmentId"/>): its id is the paragraph's
    /// permalink, or the commitment's page, since a paragraph may hold several clauses.
    /// </summary>
    public static FeedEntry Of(ArchiveDocument document, Paragraph paragraph, string text, FeedTimes times, ArchiveAddress address, string? commitmentId = null)
    {
        var permalink = address.Of(Permalink.Of(document, paragraph));
        var commitment = commitmentId is null ? null : address.Of("/commitments/" + commitmentId);
        var (published, updated) = times.Of(document);
        var metadata = document.Metadata;
        return new FeedEntry(
            commitment ?? permalink,
            $"{metadata.ShortTitle ?? metadata.Title}, {CitationFormatter.Locator(document.Language, paragraph)}",
            text,
            paragraph.Citation,
            permalink,
            commitment,
            published,
            updated,
            CitationExporter.Author(metadata, document.Language),
            document.Language);
    }
}
