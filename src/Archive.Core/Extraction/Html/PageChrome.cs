using AngleSharp.Dom;

namespace Archive.Core.Extraction.Html;

/// <summary>
/// What a page says is not its content. First what a reader never sees: scripts, styles, controls, embedded
/// frames and anything hidden (the hidden attribute, aria-hidden, an inline display:none or visibility:hidden, the
/// usual screen-reader-only and hidden class names). Then the page's own landmarks around the content: navigation,
/// asides, banners, search, forms and the page's header and footer.
/// </summary>
internal static class PageChrome
{
    private static readonly HashSet<string> Unseen = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "iframe", "object", "embed", "canvas", "button", "select",
        "textarea", "input", "link", "meta", "audio", "video", "map",
    };

    private static readonly HashSet<string> HiddenClasses = new(StringComparer.OrdinalIgnoreCase)
    {
        "hidden", "hide", "d-none", "invisible", "sr-only", "visually-hidden", "screen-reader-text", "element-invisible",
        "visuallyhidden", "screenreader-only",
    };

    private static readonly HashSet<string> LandmarkRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "toolbar",
    };

    /// <summary>Removes what a reader of the page never sees; returns the elements that held a control (a button, a field).</summary>
    public static IReadOnlySet<IElement> RemoveUnseen(IElement body)
    {
        var pageText = PageText.Of(body).Length;
        var heldControls = new HashSet<IElement>();
        foreach (var element in body.Descendants<IElement>().ToList())
        {
            if (element.Parent is null || !body.Contains(element))
            {
                continue;
            }

            if (Unseen.Contains(element.LocalName) || (element.LocalName == "dialog" && !element.HasAttribute("open"))
                || element.HasAttribute("hidden") || HiddenByStyle(element)
                || element.ClassList.Any(HiddenClasses.Contains)
                || (IsAriaHidden(element) && !HoldsPageText(element, pageText)))
            {
                if (element.LocalName is "button" or "input" or "select" or "textarea" && element.ParentElement is { } holder)
                {
                    heldControls.Add(holder);
                }

                element.Remove();
            }
        }

        return heldControls;
    }

    /// <summary>
    /// Removes navigation, asides, search and the other landmarks a page puts around its content, and forms; the
    /// page's header and footer only where they are not inside the content its markup names (main, article).
    /// </summary>
    public static void RemoveLandmarks(IElement body, IElement? content, ContentMass mass)
    {
        foreach (var element in body.Descendants<IElement>().ToList())
        {
            if (element.Parent is null || !body.Contains(element) || (content is not null && element.Contains(content)) || HoldsMostOf(element, mass))
            {
                continue;
            }

            var role = element.GetAttribute("role") ?? string.Empty;
            var landmark = element.LocalName is "nav" or "aside" or "menu" or "form" || LandmarkRoles.Contains(role)
                || (element.LocalName is "header" or "footer" && content?.Contains(element) != true);
            if (landmark)
            {
                element.Remove();
            }
        }
    }

    /// <summary>True when an element holds half of the statement-like text: never chrome, whatever it is called.</summary>
    public static bool HoldsMostOf(IElement element, ContentMass mass) => mass.Total > 0 && mass.Of(element) >= 0.5 * mass.Total;

    private static bool HiddenByStyle(IElement element)
    {
        var css = (element.GetAttribute("style") ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal);
        return css.Contains("display:none", StringComparison.OrdinalIgnoreCase)
            || css.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsAriaHidden(IElement element) =>
        string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// True when an element holds half the page's text or more. A dialog open when the page was saved sets
    /// aria-hidden on everything else, the content included: such an element is the content, not hidden from readers.
    /// </summary>
    /// <param name="element">The element.</param>
    /// <param name="pageText">The length of the page's text.</param>
    public static bool HoldsPageText(IElement element, int pageText) => pageText > 0 && PageText.Of(element).Length >= 0.5 * pageText;
}
