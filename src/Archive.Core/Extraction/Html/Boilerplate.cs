using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Archive.Core.Documents;
using Archive.Core.Text;

namespace Archive.Core.Extraction.Html;

/// <summary>
/// Removes the chrome a page's markup does not name as such, read from what it is: share bars (share links and
/// their label), cookie banners (cookies and a consent, asked in words or with a button), breadcrumb trails (short linked items between › » / &gt; |), link lists (menus,
/// tags, "latest news", teasers that each lead elsewhere), lines that are only links, copyright lines, and blocks
/// whose class or id names them as chrome and that hold no prose. An element holding half the page's
/// statement-like text, or the title, is never removed, nor a list the text leads into, links or not.
/// </summary>
/// <param name="text">Measures of the page's text.</param>
/// <param name="mass">How much statement-like text each element holds.</param>
/// <param name="title">The title heading, never removed.</param>
/// <param name="heldControls">The elements that held a button or a field before those were removed.</param>
internal sealed partial class Boilerplate(PageText text, ContentMass mass, IElement? title, IReadOnlySet<IElement> heldControls)
{
    private const int CookieBannerChars = 600;
    private const int ShortLineWords = 12;
    private const int TeaserWords = 60;

    /// <summary>Removes the chrome inside <paramref name="scope"/>.</summary>
    public void Remove(IElement scope)
    {
        RemoveShareBars(scope);
        foreach (var child in scope.Children.ToList())
        {
            Visit(child);
        }
    }

    private void Visit(IElement element)
    {
        if (element == title || (element.LocalName is "ul" or "ol" or "dl" && IsIntroducedByText(element)))
        {
            return;
        }

        var guarded = PageChrome.HoldsMostOf(element, mass) || (title is not null && element.Contains(title));
        if (!guarded && IsChrome(element, out var captioned))
        {
            if (captioned && element.PreviousElementSibling is { } caption && IsCaption(caption))
            {
                caption.Remove();
            }

            element.Remove();
            return;
        }

        foreach (var child in element.Children.ToList())
        {
            Visit(child);
        }
    }

    private bool IsChrome(IElement element, out bool captioned)
    {
        captioned = false;
        var content = PageText.Of(element);
        var words = PageText.Words(content);
        if (words == 0)
        {
            return false;
        }

        if (IsLinkList(element))
        {
            captioned = true;
            return true;
        }

        return (ChromeSignals.NamedAsChrome(element) && (text.LinkDensity(element) >= 0.3 || !HoldsProse(element)))
            || IsCookieNotice(element, content)
            || ChromeSignals.IsShareLine(content)
            || (words <= 40 && ChromeSignals.IsCopyright(content))
            || IsBreadcrumb(element, content, words)
            || (words <= ShortLineWords && !HtmlBlocks.IsHeading(element) && IsLinksOnly(element));
    }

    /// <summary>A short text about cookies that asks for consent, in words or with a button: a consent banner.</summary>
    private bool IsCookieNotice(IElement element, string content) =>
        content.Length <= CookieBannerChars && ChromeSignals.MentionsCookies(content)
        && (ChromeSignals.AsksConsent(content) || heldControls.Any(element.Contains));

    /// <summary>
    /// A list whose items lead elsewhere: mostly link text with most items linked (a menu, tags, a list of news
    /// titles), or three or more short items that each open with a link or nearly all carry one (teasers with a
    /// line of summary each).
    /// </summary>
    private bool IsLinkList(IElement element)
    {
        var items = element.Children.SkipWhile(HtmlBlocks.IsHeading).Where(c => PageText.Of(c).Length > 0).ToList();
        if (items.Count < 2)
        {
            return false;
        }

        var linked = items.Count(i => text.Links(i).Any());
        var density = text.LinkDensity(element);
        return (density >= 0.5 && linked * 2 >= items.Count)
            || (items.Count >= 3 && items.All(i => PageText.Words(PageText.Of(i)) <= TeaserWords)
                && (items.All(StartsWithLink) || (linked * 5 >= items.Count * 4 && density >= 0.2)));
    }

    /// <summary>True when an item's first words are a link: a teaser's headline leading to its story.</summary>
    private bool StartsWithLink(IElement item) =>
        item.Descendants<IText>().FirstOrDefault(t => !string.IsNullOrWhiteSpace(t.Data))?.ParentElement?.Closest("a") is { } link
        && item.Contains(link) && text.Links(link).Any();

    /// <summary>
    /// A list the text leads into, as part of it: after a sentence ending in a colon ("Ministers recalled the
    /// following instruments:"), or nested in a paragraph of its own. Its items may all be links to what they name.
    /// </summary>
    private bool IsIntroducedByText(IElement list)
    {
        static bool IsSentence(string text) => PageText.Words(text) >= 6 && text.EndsWith(':');
        if (list.PreviousElementSibling is { } before && IsSentence(PageText.Of(before)))
        {
            return true;
        }

        return list.ParentElement is { LocalName: "li" } item
            && PageText.Words(PageText.Collapse(string.Concat(item.ChildNodes.TakeWhile(n => n != list).Select(n => n.TextContent)))) >= 6
            && text.LinkDensity(item) < 0.5;
    }

    private bool IsLinksOnly(IElement element)
    {
        var density = text.LinkDensity(element);
        return density >= 0.9 || (density >= 0.6 && text.Links(element).Count() >= 2);
    }

    /// <summary>"Home › News › Statement": two or more short items between separators, all but the last linked.</summary>
    private bool IsBreadcrumb(IElement element, string content, int words)
    {
        if (words > 30)
        {
            return false;
        }

        var items = CrumbSeparator().Split(content).Select(i => i.Trim()).Where(i => i.Length > 0).ToList();
        return items.Count >= 2 && items.All(i => PageText.Words(i) <= 8) && text.Links(element).Count() >= items.Count - 1
            && !items.SkipLast(1).Any(TextNormalizer.EndsClause);
    }

    /// <summary>The short heading of a list removed with it ("Latest news", "Berita Terkait"), not a numbered one.</summary>
    private bool IsCaption(IElement caption) =>
        caption != title && !caption.Children.Any(HtmlBlocks.IsBlock) && PageText.Of(caption) is { Length: > 0 } heading
        && PageText.Words(heading) <= 6 && !TextNormalizer.EndsClause(heading) && !ParagraphLabels.StartsBlock(heading);

    private bool HoldsProse(IElement element) => element.DescendantsAndSelf<IElement>().Any(mass.IsParagraph);

    /// <summary>
    /// Each share link goes with the smallest group around it that adds no more than a label ("Share:",
    /// "Bagikan"): the group of icons, not the byline or date beside it.
    /// </summary>
    private void RemoveShareBars(IElement scope)
    {
        foreach (var link in scope.QuerySelectorAll("a").Where(ChromeSignals.IsShareLink).ToList())
        {
            if (!scope.Contains(link))
            {
                continue;
            }

            var bar = link;
            while (bar.ParentElement is { } parent && parent != scope && IsShareGroup(parent))
            {
                bar = parent;
            }

            bar.Remove();
        }
    }

    private bool IsShareGroup(IElement element)
    {
        if ((title is not null && element.Contains(title)) || element.QuerySelector("time") is not null)
        {
            return false;
        }

        var label = string.Join(' ', element.ChildNodes.Select(LabelText));
        return (PageText.Words(label) <= 2 || ChromeSignals.IsShareLine(label)) && WrittenDate.Find(label) is null;
    }

    /// <summary>The text of a node that is not a share link.</summary>
    private static string LabelText(INode node) => node switch
    {
        IElement e when e.LocalName == "a" && ChromeSignals.IsShareLink(e) => string.Empty,
        IElement e => string.Join(' ', e.ChildNodes.Select(LabelText)),
        _ => PageText.Of(node),
    };

    [GeneratedRegex(@"\s+[›»>/|→]\s+|\s*[›»→]\s*")]
    private static partial Regex CrumbSeparator();
}
