using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Archive.Core.Documents;

namespace Archive.Core.Extraction.Html;

/// <summary>What a page's head says about it: its title, the site's name and publisher, its publication date.</summary>
/// <param name="Title">og:title (else twitter:title, DC.title, &lt;title&gt;) with the site's name taken off.</param>
/// <param name="SiteName">og:site_name, else the publisher named in the meta tags.</param>
/// <param name="Published">article:published_time or a datePublished item property.</param>
/// <param name="Dated">DC.date, dcterms.date (issued, created), citation_date and the like.</param>
internal sealed partial record WebPageHead(string? Title, string? SiteName, PartialDate? Published, PartialDate? Dated)
{
    private static readonly string[] NameAttributes = ["property", "name", "itemprop"];

    public static WebPageHead Read(IDocument document)
    {
        var siteName = Meta(document, "og:site_name") ?? Publisher(document);
        var title = Meta(document, "og:title", "twitter:title", "DC.title", "dcterms.title") ?? NullIfBlank(document.Title);
        var stamp = document.QuerySelector("[itemprop=datePublished]");
        var published = Date(Meta(document, "article:published_time", "datePublished")
            ?? stamp?.GetAttribute("datetime") ?? stamp?.GetAttribute("content"));
        var dated = Date(Meta(document, "DC.date", "DC.date.issued", "dcterms.date", "dcterms.issued", "dcterms.created",
            "citation_date", "citation_publication_date", "date", "pubdate", "publish_date", "publishdate"));
        return new WebPageHead(title is null ? null : WithoutSiteName(title, siteName), siteName, published, dated);
    }

    /// <summary>True when the text is the site's name rather than a document's title.</summary>
    public bool IsSiteName(string text) =>
        SiteName is not null && string.Equals(Fold(text), Fold(SiteName), StringComparison.OrdinalIgnoreCase);

    /// <summary>A date as meta tags and datetime attributes write it: ISO ("2016-03-23T10:00+07:00"), "2016/03/23", or words.</summary>
    public static PartialDate? Date(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var iso = IsoDate().Match(value.Trim());
        if (iso.Success && PartialDate.TryParse(string.Join('-', iso.Groups["part"].Captures.Select(c => c.Value)), out var date))
        {
            return date;
        }

        return WrittenDate.Find(value)?.Date;
    }

    /// <summary>
    /// "Statement | Ministry of Foreign Affairs" gives "Statement": a part at either end naming the site goes; with no
    /// site name known, what follows the last " | ", or a last part of four words or fewer after " - ".
    /// </summary>
    private static string WithoutSiteName(string title, string? siteName)
    {
        var parts = TitleSeparator().Split(title.Trim()).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        if (parts.Count < 2)
        {
            return title.Trim();
        }

        if (siteName is not null)
        {
            bool NamesSite(string part) => Fold(siteName).Contains(Fold(part), StringComparison.OrdinalIgnoreCase)
                || Fold(part).Contains(Fold(siteName), StringComparison.OrdinalIgnoreCase);
            var kept = parts.SkipWhile(NamesSite).Reverse().SkipWhile(NamesSite).Reverse().ToList();
            return kept.Count > 0 ? string.Join(" - ", kept) : title.Trim();
        }

        var bar = title.LastIndexOf(" | ", StringComparison.Ordinal);
        if (bar > 0)
        {
            return title[..bar].Trim();
        }

        return PageText.Words(parts[^1]) <= 4 ? string.Join(" - ", parts.SkipLast(1)) : title.Trim();
    }

    private static string? Publisher(IDocument document)
    {
        var publisher = Meta(document, "publisher", "DC.publisher", "dcterms.publisher", "citation_publisher");
        return publisher is not null && !publisher.Contains("://", StringComparison.Ordinal) ? publisher : null;
    }

    private static string? Meta(IDocument document, params string[] names)
    {
        foreach (var name in names)
        {
            var value = document.QuerySelectorAll("meta")
                .Where(m => NameAttributes.Any(a => string.Equals(m.GetAttribute(a), name, StringComparison.OrdinalIgnoreCase)))
                .Select(m => m.GetAttribute("content"))
                .FirstOrDefault(c => !string.IsNullOrWhiteSpace(c));
            if (value is not null)
            {
                return PageText.Collapse(value);
            }
        }

        return null;
    }

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : PageText.Collapse(text);

    private static string Fold(string text) => Core.Text.Words.FoldAccents(text).Trim();

    [GeneratedRegex(@"^(?<part>\d{4})(?:[-/](?<part>\d{1,2})(?:[-/](?<part>\d{1,2}))?)?(?!\d)")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\s+[|–—-]\s+|\s+[·•»«]\s+|\s*::\s*")]
    private static partial Regex TitleSeparator();
}
