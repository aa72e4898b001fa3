using AngleSharp.Dom;

namespace Archive.Core.Extraction.Html;

/// <summary>
/// Finds the part of a page that holds the statement. The page's own markup speaks first: a &lt;main&gt; (or
/// role="main"), else an &lt;article&gt;, when it holds half the page's statement-like text. Within that (or the
/// whole body of a page without such markup) the content is narrowed by density: down into the child holding
/// most of the text, then back up over siblings that are prose too (an introduction before a numbered list, the
/// other sections of the statement) and over the title just above. Children whose class or id names them as
/// chrome (comments, an author's box, related posts) never count as the content or as its prose siblings.
/// </summary>
internal static class ContentLocator
{
    private const double Dominant = 0.5;
    private const double SiblingShare = 0.1;
    private const double SiblingLinkDensity = 0.2;
    private const int TitleGapWords = 80;

    /// <summary>The &lt;main&gt; or &lt;article&gt; holding half the page's statement-like text; null where there is none.</summary>
    public static IElement? Semantic(IElement body, ContentMass mass)
    {
        foreach (var selector in new[] { "main, [role=main]", "article, [role=article]" })
        {
            var best = body.QuerySelectorAll(selector).MaxBy(mass.Of);
            if (best is not null && (mass.Total == 0 ? PageText.Of(best).Length > 0 : mass.Of(best) >= Dominant * mass.Total))
            {
                return best;
            }
        }

        return null;
    }

    /// <summary>The element within <paramref name="scope"/> that holds the statement without what surrounds it.</summary>
    public static IElement Narrow(IElement scope, ContentMass mass, PageText text)
    {
        var current = scope;
        while (DominantChild(current, mass) is { } child)
        {
            current = child;
        }

        while (current != scope && current.ParentElement is { } parent && HasProseSiblings(current, parent, mass, text))
        {
            current = parent;
        }

        return current;
    }

    /// <summary>
    /// The content widened to take in its title, when only a few lines (a date, a byline) stand between them and
    /// nothing follows the content there.
    /// </summary>
    public static IElement WithTitle(IElement content, IElement scope, IElement? title)
    {
        if (title is null || content.Contains(title) || !scope.Contains(title))
        {
            return content;
        }

        var words = PageText.Words(PageText.Of(content));
        var current = content;
        while (!current.Contains(title) && current != scope && current.ParentElement is { } parent && !HasTextAfter(current)
            && PageText.Words(PageText.Of(parent)) - words <= TitleGapWords)
        {
            current = parent;
        }

        return current.Contains(title) ? current : content;
    }

    /// <summary>
    /// The child holding half of its parent's statement-like text, not counting children whose class or id names them
    /// as chrome: a long comment thread or an author's biography is not the content, whatever its length.
    /// </summary>
    private static IElement? DominantChild(IElement parent, ContentMass mass)
    {
        var named = parent.Children.Where(ChromeSignals.NamedAsChrome).ToList();
        var child = parent.Children.Except(named).MaxBy(mass.Of);
        // A single block is never the content on its own: what follows it (a list it leads into) belongs with it.
        return child is not null && child.Children.Any(HtmlBlocks.IsBlock)
            && mass.Of(child) > 0 && mass.Of(child) >= Dominant * (mass.Of(parent) - named.Sum(mass.Of)) ? child : null;
    }

    /// <summary>True when text follows the element inside its parent: the title above the content is no reason to take that in.</summary>
    private static bool HasTextAfter(IElement element)
    {
        for (var node = element.NextSibling; node is not null; node = node.NextSibling)
        {
            if (!string.IsNullOrWhiteSpace(node.TextContent))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasProseSiblings(IElement current, IElement parent, ContentMass mass, PageText text)
    {
        var siblings = parent.Children.Where(c => c != current && !ChromeSignals.NamedAsChrome(c)).ToList();
        return siblings.Any(mass.IsParagraph)
            || siblings.Where(s => text.LinkDensity(s) < SiblingLinkDensity).Sum(mass.Of) >= SiblingShare * mass.Of(current);
    }
}
