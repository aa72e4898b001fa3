using AngleSharp.Dom;

namespace Archive.Core.Extraction.Html;

/// <summary>The elements a browser lays out as blocks of their own; each becomes one block of text or holds several.</summary>
internal static class HtmlBlocks
{
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "blockquote", "dd", "div", "dl", "dt", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5",
        "h6", "hr", "li", "main", "ol", "p", "pre", "section", "table", "tbody", "thead", "tr", "td", "th", "ul", "caption",
        "header", "footer", "aside", "nav",
    };

    public static bool IsBlock(IElement element) => Blocks.Contains(element.LocalName);

    public static bool IsHeading(IElement element) => element.LocalName is "h1" or "h2" or "h3" or "h4" or "h5" or "h6";
}
