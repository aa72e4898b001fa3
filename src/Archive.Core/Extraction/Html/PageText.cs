using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Archive.Core.Extraction.Html;

/// <summary>
/// Measures of an element's text that tell a statement from page chrome: its length, how much of it is link text,
/// how many links it has. A footnote reference is a link that belongs to the text, so it is not counted as one.
/// </summary>
internal sealed partial class PageText(IReadOnlySet<IElement> noteRefs)
{
    /// <summary>The element's text as a reader sees it, whitespace collapsed.</summary>
    public static string Of(INode node) => Collapse(node.TextContent);

    /// <summary>The text with each run of whitespace made one space, trimmed.</summary>
    public static string Collapse(string text) => Space().Replace(text, " ").Trim();

    /// <summary>The text's words as printed (runs between spaces).</summary>
    public static int Words(string text) => Core.Text.Words.Count(text);

    /// <summary>Links the element holds (or is), footnote references left out.</summary>
    public IEnumerable<IElement> Links(IElement element) =>
        element.DescendantsAndSelf<IElement>().Where(a => a.LocalName == "a" && a.HasAttribute("href") && !noteRefs.Contains(a));

    /// <summary>The share of the element's text that is link text, 0 to 1.</summary>
    public double LinkDensity(IElement element)
    {
        var length = Of(element).Length;
        return length == 0 ? 0 : Math.Min(1, Links(element).Sum(a => Of(a).Length) / (double)length);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();
}
