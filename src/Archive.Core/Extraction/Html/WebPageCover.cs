using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Archive.Core.Documents;

namespace Archive.Core.Extraction.Html;

/// <summary>
/// What a saved web page says about the statement it carries: the title from the content's &lt;h1&gt; (else the head's
/// title without the site's name), the date from a date stamp (&lt;time&gt;) in the content, the head's publication date, its
/// DC or citation date, or a date line by the title, and as issuer the site's name or publisher.
/// </summary>
internal static partial class WebPageCover
{
    /// <summary>
    /// The page's title heading: the &lt;h1&gt; that the head's title names, else the first in the content, else the last
    /// before it, else an &lt;h2&gt; or &lt;h3&gt; the head's title names (a site whose template keeps its &lt;h1&gt; for
    /// itself). A heading that is the site's name, or only a link to its home page, is the masthead, not a title.
    /// </summary>
    public static IElement? TitleHeading(IElement body, IElement content, WebPageHead head)
    {
        var headings = Headings(body, "h1", head);
        return headings.FirstOrDefault(h => NamedByHead(h, head))
            ?? headings.FirstOrDefault(content.Contains)
            ?? headings.LastOrDefault(h => h.CompareDocumentPosition(content).HasFlag(DocumentPositions.Following))
            ?? Headings(body, "h2, h3", head).FirstOrDefault(h => NamedByHead(h, head));
    }

    /// <param name="head">The page's head.</param>
    /// <param name="title">The title heading, if any.</param>
    /// <param name="stamped">The date of the first date stamp in the content.</param>
    /// <param name="line">The date line by the title, if any.</param>
    public static CoverMetadata? Read(WebPageHead head, IElement? title, PartialDate? stamped, DateLine? line)
    {
        var date = stamped ?? (line is { Timed: true } ? line.Date : (PartialDate?)null) ?? head.Published ?? head.Dated ?? line?.Date;
        var titleText = title is null ? head.Title : PageText.Collapse(TextNormalizer.NormalizeCharacters(title.TextContent));
        return titleText is null && date is null && head.SiteName is null ? null : new CoverMetadata(titleText, date, head.SiteName, null, null);
    }

    private static List<IElement> Headings(IElement body, string selector, WebPageHead head) =>
        [.. body.QuerySelectorAll(selector).Where(h => PageText.Of(h) is { Length: > 0 } text && !head.IsSiteName(text) && !LeadsHome(h))];

    private static bool NamedByHead(IElement heading, WebPageHead head) => head.Title is { } title && SameTitle(PageText.Of(heading), title);

    private static bool SameTitle(string heading, string title)
    {
        var (a, b) = (Key(heading), Key(title));
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        return shorter.Length > 0 && (a == b || (PageText.Words(shorter) >= 3 && longer.Contains(shorter, StringComparison.Ordinal)));
    }

    private static string Key(string text) => PageText.Collapse(NotWord().Replace(Core.Text.Words.FoldAccents(text).ToLowerInvariant(), " "));

    private static bool LeadsHome(IElement heading) =>
        heading.QuerySelector("a") is { } link && PageText.Of(link) == PageText.Of(heading)
        && HomeAddress().IsMatch(link.GetAttribute("href") ?? string.Empty);

    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    private static partial Regex NotWord();

    [GeneratedRegex(@"^(?:https?://[^/]+)?(?:/|\./)?(?:index\.\w+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex HomeAddress();
}
