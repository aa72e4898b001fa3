using System.Net;
using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using Archive.Core.Documents;

namespace Archive.Api.Feeds;

/// <summary>
/// Writes a feed as Atom 1.0 with System.ServiceModel.Syndication. Each entry's content is its text and its citation
/// as HTML, for a reader to show; the citation is also a Dublin Core <c>bibliographicCitation</c>, for a program.
/// </summary>
internal static class AtomFeed
{
    public const string MediaType = "application/atom+xml";

    private const string DublinCore = "http://purl.org/dc/terms/";

    private const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";

    public static byte[] Write(FeedHeader header, IReadOnlyList<FeedEntry> entries)
    {
        var feed = new SyndicationFeed(header.Title, null, null, header.Self.AbsoluteUri, header.Updated)
        {
            Language = header.Language.ToCode(),
            Items = [.. entries.Select(Item)],
        };
        feed.Links.Add(SyndicationLink.CreateSelfLink(header.Self, MediaType));
        // Atom asks every entry for an author: one whose issuer is unknown has the archive that compiled the feed.
        feed.Authors.Add(new SyndicationPerson { Name = FeedText.Archive(header.Language) });
        feed.AttributeExtensions.Add(new XmlQualifiedName("dcterms", "http://www.w3.org/2000/xmlns/"), DublinCore);

        using var output = new MemoryStream();
        using (var writer = XmlWriter.Create(output, new XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
        {
            new Atom10FeedFormatter(feed).WriteTo(writer);
        }

        return output.ToArray();
    }

    private static SyndicationItem Item(FeedEntry entry)
    {
        var item = new SyndicationItem
        {
            Id = entry.Id.AbsoluteUri,
            Title = new TextSyndicationContent(entry.Title),
            Content = SyndicationContent.CreateHtmlContent(Html(entry)),
            PublishDate = entry.Published,
            LastUpdatedTime = entry.Updated,
        };
        item.AttributeExtensions.Add(new XmlQualifiedName("lang", XmlNamespace), entry.Language.ToCode());
        item.Links.Add(SyndicationLink.CreateAlternateLink(entry.Link, "text/html"));
        if (entry.Related is { } related)
        {
            item.Links.Add(new SyndicationLink(related, "related", null, "text/html", 0));
        }

        if (entry.Author is { } author)
        {
            item.Authors.Add(new SyndicationPerson { Name = author });
        }

        item.ElementExtensions.Add("bibliographicCitation", DublinCore, entry.Citation);
        return item;
    }

    private static string Html(FeedEntry entry) =>
        $"<p>{WebUtility.HtmlEncode(entry.Text).ReplaceLineEndings("<br>")}</p><p><cite>{WebUtility.HtmlEncode(entry.Citation)}</cite></p>";
}
