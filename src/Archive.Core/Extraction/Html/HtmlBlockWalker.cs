using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Archive.Core.Text;

namespace Archive.Core.Extraction.Html;

/// <summary>
/// Reads the content's elements into blocks: each block element (p, li, h1–h6, div without block children, …) is
/// a block; ordered-list items get the number or letter the browser would print, so that "&lt;ol&gt;&lt;li&gt;" paragraphs
/// keep their citation anchors; footnote reference marks go to the block's note references, not its text. Source
/// line breaks are spaces, as a browser shows them (outside &lt;pre&gt;); a blank line (&lt;br&gt;&lt;br&gt;) or a line break
/// before a paragraph or item label ("2.", "(b)") starts a new block, as paragraphs are set on sites without &lt;p&gt;.
/// </summary>
internal sealed partial class HtmlBlockWalker(IElement? title, IReadOnlyDictionary<IElement, string> noteRefs, CancellationToken cancellationToken)
{
    private readonly List<string> _lines = [];
    private readonly List<(int Line, string Marker)> _refs = [];
    private string _pending = string.Empty;
    private BlockStyle _style;
    private string? _label;
    private int _pre;

    public List<TextBlock> Blocks { get; } = [];

    public void Visit(INode node)
    {
        cancellationToken.ThrowIfCancellationRequested();
        switch (node)
        {
            case IText text when _pre > 0:
                var lines = text.Data.Split('\n');
                _pending += lines[0];
                foreach (var line in lines.Skip(1))
                {
                    BreakLine();
                    _pending = line;
                }

                return;
            case IText text:
                _pending += HtmlSpace().Replace(text.Data, " ");
                return;
            case IElement element when noteRefs.TryGetValue(element, out var marker):
                _refs.Add((_lines.Count, marker));
                return;
            case IHtmlBreakRowElement:
                BreakLine();
                return;
            case IElement element when HtmlBlocks.IsBlock(element):
                _pre += element.LocalName == "pre" ? 1 : 0;
                VisitBlock(element);
                _pre -= element.LocalName == "pre" ? 1 : 0;
                return;
            case IElement element when RendersAsOwnBox(element) || IsLeadingLabel(element):
                // Its edges are gaps a reader sees (the CSS draws them), so they are word boundaries.
                _pending += " ";
                foreach (var child in element.ChildNodes)
                {
                    Visit(child);
                }

                _pending += " ";
                return;
            default:
                foreach (var child in node.ChildNodes)
                {
                    Visit(child);
                }

                return;
        }
    }

    public void Flush()
    {
        BreakLine();
        var lines = _lines.Select(l => TextNormalizer.NormalizeCharacters(l).Trim()).ToList();
        _lines.Clear();
        var start = 0;
        var hasText = false;
        for (var end = 0; end < lines.Count; end++)
        {
            if (hasText && (lines[end].Length == 0 || ParagraphLabels.StartsBlock(lines[end])))
            {
                AddBlock(lines, start, end);
                (start, hasText) = (end, false);
            }

            hasText |= lines[end].Length > 0;
        }

        AddBlock(lines, start, lines.Count);

        // References made where no text followed go with the next block.
        for (var i = 0; i < _refs.Count; i++)
        {
            _refs[i] = (0, _refs[i].Marker);
        }

        _style = BlockStyle.None;
    }

    private void BreakLine()
    {
        _lines.Add(_pending);
        _pending = string.Empty;
    }

    /// <summary>Lines [start, end) of the element as one block, with the note references made in them.</summary>
    private void AddBlock(List<string> lines, int start, int end)
    {
        var text = TextNormalizer.JoinLines(lines[start..end]);
        if (text.Length == 0)
        {
            return;
        }

        // A list item's printed number goes in front of its own first text, not of a nested list's.
        if (_label is not null && !ParagraphLabels.StartsBlock(text))
        {
            text = _label + " " + text;
        }

        _label = null;
        var refs = _refs.Where(r => r.Line < end).Select(r => r.Marker).ToList();
        _refs.RemoveAll(r => r.Line < end);
        Blocks.Add(new TextBlock(text, [], _style) { NoteRefs = refs });
    }

    /// <summary>An inline element styled to render as a box of its own: inline-block, a float, a table cell.</summary>
    private static bool RendersAsOwnBox(IElement element)
    {
        var css = (element.GetAttribute("style") ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal);
        return css.Contains("display:inline-block", StringComparison.OrdinalIgnoreCase)
            || css.Contains("display:block", StringComparison.OrdinalIgnoreCase)
            || css.Contains("display:table-cell", StringComparison.OrdinalIgnoreCase)
            || css.Contains("float:", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The first element of a block holding nothing but a label ("&lt;span class=num&gt;1.&lt;/span&gt;We …"): the
    /// paragraph's number, set apart by CSS, not the first letters of its first word.
    /// </summary>
    private bool IsLeadingLabel(IElement element) =>
        string.IsNullOrWhiteSpace(_pending) && _lines.All(string.IsNullOrWhiteSpace)
        && ParagraphLabels.StartsBlock(element.TextContent.Trim() + " x");

    private void VisitBlock(IElement element)
    {
        Flush();
        _style = StyleOf(element);
        _label = ListLabel(element) ?? _label;
        foreach (var child in element.ChildNodes)
        {
            Visit(child);
        }

        Flush();
    }

    private BlockStyle StyleOf(IElement element)
    {
        var style = element == title ? BlockStyle.Title : HtmlBlocks.IsHeading(element) ? BlockStyle.Heading : BlockStyle.None;
        var align = element.GetAttribute("align") ?? string.Empty;
        var css = element.GetAttribute("style") ?? string.Empty;
        if (align.Equals("center", StringComparison.OrdinalIgnoreCase) || css.Replace(" ", string.Empty, StringComparison.Ordinal).Contains("text-align:center", StringComparison.OrdinalIgnoreCase))
        {
            style |= BlockStyle.Centered;
        }

        var children = element.Children.ToList();
        if (children.Count == 1 && children[0].LocalName is "b" or "strong" && children[0].TextContent.Trim() == element.TextContent.Trim())
        {
            style |= BlockStyle.Bold;
        }

        return style;
    }

    /// <summary>The label a browser prints before an ordered-list item: "3.", "(c)", "(iv)".</summary>
    private static string? ListLabel(IElement element)
    {
        if (element.LocalName != "li" || element.ParentElement is not IHtmlOrderedListElement list)
        {
            return null;
        }

        var index = element.GetAttribute("value") is string v && int.TryParse(v, CultureInfo.InvariantCulture, out var value)
            ? value
            : list.Start + list.Children.Where(c => c.LocalName == "li").TakeWhile(c => c != element).Count();
        return list.Type switch
        {
            "a" => $"({ListNumbers.Letter(index)})",
            "i" => $"({ListNumbers.Roman(index).ToLowerInvariant()})",
            _ => index.ToString(CultureInfo.InvariantCulture) + ".",
        };
    }

    // The white space HTML collapses (not the no-break space, which the normaliser makes a plain one).
    [GeneratedRegex(@"[ \t\r\n\f]+")]
    private static partial Regex HtmlSpace();
}
