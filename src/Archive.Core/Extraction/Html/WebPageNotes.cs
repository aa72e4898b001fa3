using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Archive.Core.Documents;

namespace Archive.Core.Extraction.Html;

/// <summary>
/// A page's footnotes: reference marks that link into the page (&lt;sup&gt;&lt;a href="#fn3"&gt;3&lt;/a&gt;&lt;/sup&gt;, Word's
/// "_ftn3" anchors, role="doc-noteref") and the notes they lead to, plus any notes list the page names as one
/// (ol.footnotes, role="doc-endnotes", #footnotes). The notes are taken off the page, with their back-links, an
/// emptied list and its "Notes" heading; the reference marks stay for the reader of the text to record.
/// </summary>
internal sealed partial class WebPageNotes
{
    private readonly Dictionary<IElement, string> _refs = [];
    private readonly List<(IElement Block, string Marker)> _notes = [];
    private readonly Dictionary<string, IElement?> _targets = new(StringComparer.Ordinal);
    private readonly IElement _body;
    private readonly int _pageText;

    private WebPageNotes(IElement body)
    {
        _body = body;
        _pageText = PageText.Of(body).Length;
    }

    /// <summary>The notes, in the page's order, without their markers.</summary>
    public IReadOnlyList<Footnote> Notes { get; private set; } = [];

    /// <summary>Each reference mark (the link, or the &lt;sup&gt; around it) and the marker it cites.</summary>
    public IReadOnlyDictionary<IElement, string> Refs => _refs;

    /// <summary>The links that are reference marks, which are part of the text rather than links away from it.</summary>
    public IReadOnlySet<IElement> RefLinks { get; private set; } = new HashSet<IElement>();

    /// <summary>Finds the notes and their reference marks and takes the notes off the page.</summary>
    public static WebPageNotes Take(IElement body)
    {
        var notes = new WebPageNotes(body);
        var links = new HashSet<IElement>();
        foreach (var link in body.QuerySelectorAll("a[href*='#']").ToList())
        {
            if (notes.TryReference(link) is { } block)
            {
                links.Add(link);
                notes._refs[link.ParentElement is { LocalName: "sup" } sup && PageText.Of(sup) == PageText.Of(link) ? sup : link] = MarkerOf(link)!;
                notes._notes.Add((block, MarkerOf(link)!));
            }
        }

        notes.AddNamedLists();
        notes.RefLinks = links;
        notes.Notes = notes.Cut(links);
        return notes;
    }

    /// <summary>The note a link refers to, when the link is a reference mark: a short marker, raised or named as one, leading further down the page.</summary>
    private IElement? TryReference(IElement link)
    {
        var href = link.GetAttribute("href") ?? string.Empty;
        var fragment = href[(href.IndexOf('#', StringComparison.Ordinal) + 1)..];
        if (fragment.Length == 0 || MarkerOf(link) is null)
        {
            return null;
        }

        if (!_targets.TryGetValue(fragment, out var target))
        {
            target = _body.Owner?.GetElementById(fragment)
                ?? _body.QuerySelectorAll("a[name]").FirstOrDefault(a => a.GetAttribute("name") == fragment);
            _targets[fragment] = target;
        }

        if (target is null || !_body.Contains(target) || target.Contains(link) || HtmlBlocks.IsHeading(target)
            || !link.CompareDocumentPosition(target).HasFlag(DocumentPositions.Following))
        {
            return null;
        }

        var raised = link.Closest("sup") is not null || link.QuerySelector("sup") is not null
            || string.Equals(link.GetAttribute("role"), "doc-noteref", StringComparison.OrdinalIgnoreCase)
            || RefName().IsMatch($"{link.Id} {link.GetAttribute("name")} {link.ClassName}")
            || InNamedList(target);
        var block = target.LocalName is "li" or "p" or "dd" or "div" or "aside" or "section" ? target : target.Closest("li, p, dd, div, aside");
        return raised && block is not null && !block.Contains(link) && !PageChrome.HoldsPageText(block, _pageText) ? block : null;
    }

    /// <summary>Items of notes lists the page names as such whose markers no reference links to: they count by their place.</summary>
    private void AddNamedLists()
    {
        foreach (var list in _body.Descendants<IElement>().Where(IsNamedList).Where(l => !PageChrome.HoldsPageText(l, _pageText)).ToList())
        {
            var items = list.LocalName is "ol" or "ul" ? list.Children.Where(c => c.LocalName == "li").ToList()
                : list.QuerySelectorAll("li").ToList() is { Count: > 0 } listed ? listed
                : [.. list.Children.Where(c => c.LocalName == "p")];
            foreach (var item in items.Where(i => !_notes.Any(n => n.Block == i || n.Block.Contains(i) || i.Contains(n.Block))))
            {
                var marker = LeadingMarker().Match(PageText.Of(item)) is { Success: true } m ? m.Groups["marker"].Value : ItemNumber(item);
                if (marker is not null)
                {
                    _notes.Add((item, marker));
                }
            }
        }
    }

    private List<Footnote> Cut(HashSet<IElement> links)
    {
        var backIds = links.SelectMany(l => new[] { l.Id, l.GetAttribute("name"), l.ParentElement?.Id })
            .OfType<string>().Where(id => id.Length > 0).ToHashSet(StringComparer.Ordinal);
        var footnotes = new List<Footnote>();
        var ordered = _notes.DistinctBy(n => n.Block)
            .Order(Comparer<(IElement Block, string Marker)>.Create((a, b) =>
                a.Block == b.Block ? 0 : a.Block.CompareDocumentPosition(b.Block).HasFlag(DocumentPositions.Following) ? -1 : 1));
        foreach (var (block, marker) in ordered.ToList())
        {
            foreach (var back in block.QuerySelectorAll("a").Where(a => IsBackLink(a, backIds, marker)).ToList())
            {
                back.Remove();
            }

            var text = LeadingMarker().Replace(PageText.Collapse(TextNormalizer.NormalizeCharacters(block.TextContent)), match => match.Groups["marker"].Value == marker ? string.Empty : match.Value);
            text = TrailingArrows().Replace(text, string.Empty);
            if (text.Length > 0)
            {
                footnotes.Add(new Footnote(marker, text, null));
            }

            var parent = block.ParentElement;
            block.Remove();
            RemoveEmptied(parent, _body);
        }

        return footnotes;
    }

    /// <summary>Removes the containers the notes leave empty, or holding only a "Notes" heading or a rule, and such a heading before them.</summary>
    private static void RemoveEmptied(IElement? element, IElement body)
    {
        while (element is not null && element != body && (PageText.Of(element).Length == 0 || NotesHeading().IsMatch(PageText.Of(element))))
        {
            while (element.PreviousElementSibling is { } before && (before.LocalName is "hr" or "br" || NotesHeading().IsMatch(PageText.Of(before))))
            {
                before.Remove();
            }

            var parent = element.ParentElement;
            element.Remove();
            element = parent;
        }
    }

    private static bool IsBackLink(IElement link, HashSet<string> backIds, string marker)
    {
        var href = link.GetAttribute("href") ?? string.Empty;
        var fragment = href.Contains('#', StringComparison.Ordinal) ? href[(href.IndexOf('#', StringComparison.Ordinal) + 1)..] : null;
        var text = PageText.Of(link);
        return (fragment is not null && backIds.Contains(fragment)) || BackLinkText().IsMatch(text)
            || (link.HasAttribute("name") && NoteMarker(text) == marker);
    }

    private static string? MarkerOf(IElement link) => NoteMarker(PageText.Of(link));

    private static string? NoteMarker(string text)
    {
        var match = Marker().Match(text);
        return match.Success ? match.Groups["marker"].Value : null;
    }

    private static bool IsNamedList(IElement element) =>
        HtmlBlocks.IsBlock(element)
        && (element.GetAttribute("role") is "doc-endnotes" or "doc-footnote" or "doc-footnotes"
            || NotesName().IsMatch($"{element.Id} {element.ClassName}"))
        && element.ParentElement?.Closest("[role=doc-endnotes], [role=doc-footnote]") is null;

    private static bool InNamedList(IElement element) => IsNamedList(element) || element.Ancestors<IElement>().Any(IsNamedList);

    private static string? ItemNumber(IElement item) =>
        item.ParentElement is IHtmlOrderedListElement list
            ? (list.Start + list.Children.Where(c => c.LocalName == "li").TakeWhile(c => c != item).Count()).ToString(CultureInfo.InvariantCulture)
            : null;

    [GeneratedRegex(@"^[\[(]?(?<marker>\d{1,3}|[*†‡§¶]{1,3}|[a-z]|[ivxlc]{1,5})[\])]?$")]
    private static partial Regex Marker();

    [GeneratedRegex(@"^[\[(]?(?<marker>\d{1,3}|[*†‡§¶]{1,3})[\])]?[.:)]?(?:\s+|$)")]
    private static partial Regex LeadingMarker();

    [GeneratedRegex(@"^(?:[↩↑^⤴][\uFE0E\uFE0F]?|back|kembali|return to text)$", RegexOptions.IgnoreCase)]
    private static partial Regex BackLinkText();

    [GeneratedRegex(@"[\s↩↑⤴\uFE0E\uFE0F]+$")]
    private static partial Regex TrailingArrows();

    [GeneratedRegex(@"(?:^|[\s_-])_?(?:fn|ftn|footnote|note|endnote)[-_]?ref", RegexOptions.IgnoreCase)]
    private static partial Regex RefName();

    [GeneratedRegex(@"(?:^|[\s_-])(?:foot|end)notes?(?:$|[\s_-])|catatan[-_\s]?kaki", RegexOptions.IgnoreCase)]
    private static partial Regex NotesName();

    [GeneratedRegex(@"^(?:(?:foot|end)?notes?|catatan(?: kaki)?|references?|referensi|rujukan)\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex NotesHeading();
}
