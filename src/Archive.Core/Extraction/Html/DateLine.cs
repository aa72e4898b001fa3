using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Archive.Core.Documents;

namespace Archive.Core.Extraction.Html;

/// <summary>
/// A short line near a page's title that dates it: "23 March 2016", "Kamis, 24 Maret 2016 10:30 WIB", "Posted on
/// March 23, 2016", "Jakarta, 23 Maret 2016".
/// </summary>
/// <param name="Date">The date it gives.</param>
/// <param name="IsPageData">
/// True when the line is the page's data on its publication: a date stamp (&lt;time&gt;, a datePublished or dc:date
/// property), or a date with a label, weekday or time of day and nothing else ("Posted on 23 March 2016", "Kamis,
/// 24 Maret 2016 10:30 WIB"). A bare date or one with a place ("Jakarta, 23 Maret 2016") may be the statement's own
/// dateline, and stays in its title block.
/// </param>
/// <param name="Timed">True when the date comes from a date stamp in the line.</param>
internal sealed partial record DateLine(PartialDate Date, bool IsPageData, bool Timed)
{
    private const int MaxWords = 14;
    private const int Before = 3;
    private const int After = 4;

    private const string StampSelector = "time, [itemprop=datePublished], [itemprop=dateCreated], [property~='dc:date'], "
        + "[property~='dc:created'], [property~='dcterms:date'], [property~='dcterms:created'], [property~='article:published_time']";

    private static readonly HashSet<string> PageDataWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "posted", "published", "updated", "last", "modified", "created", "on", "date", "dated", "at", "release", "released",
        "diterbitkan", "dipublikasikan", "diperbarui", "terakhir", "diunggah", "dibuat", "tanggal", "tgl", "pada", "hari",
        "pukul", "jam", "rilis", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "senin",
        "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu", "ahad", "wib", "wita", "wit", "am", "pm",
    };

    /// <summary>
    /// The date line among the page's few blocks before and after the title (the first blocks of the content when
    /// there is no title), or null.
    /// </summary>
    public static (IElement Block, DateLine Line)? Near(IElement body, IElement content, IElement? title)
    {
        var blocks = body.Descendants<IElement>()
            .Where(e => HtmlBlocks.IsBlock(e) && !e.Children.Any(HtmlBlocks.IsBlock) && PageText.Of(e).Length > 0)
            .ToList();
        var at = title is null ? -1 : blocks.IndexOf(title);
        var window = at >= 0 ? blocks.Skip(at + 1).Take(After).Concat(blocks.Take(at).Reverse().Take(Before)) : blocks.Where(content.Contains).Take(After);
        foreach (var block in window)
        {
            var text = PageText.Of(block);
            if (PageText.Words(text) <= MaxWords && Stamped(block) is { } stamped)
            {
                return (block, new DateLine(stamped, IsPageData: true, Timed: true));
            }

            if (Read(text) is { } line)
            {
                return (block, line);
            }
        }

        return null;
    }

    /// <summary>
    /// The date line among the blocks read by the title (the first blocks when none is the title): a site that sets
    /// its paragraphs with &lt;br&gt; puts the date line in the same element as the text.
    /// </summary>
    public static (int Index, DateLine Line)? Among(IReadOnlyList<TextBlock> blocks)
    {
        var at = blocks.ToList().FindIndex(b => b.Style.HasFlag(BlockStyle.Title));
        var window = Enumerable.Range(at + 1, Math.Min(After, blocks.Count - at - 1)).Concat(Enumerable.Range(0, Math.Max(at, 0)).Reverse().Take(Before));
        foreach (var index in window)
        {
            if (Read(blocks[index].Text) is { } line)
            {
                return (index, line);
            }
        }

        return null;
    }

    /// <summary>A short line with a written date, and whether it is only page data.</summary>
    private static DateLine? Read(string text)
    {
        if (PageText.Words(text) > MaxWords || WrittenDate.Find(text) is not { } written)
        {
            return null;
        }

        var rest = Core.Text.Words.Tokens(Clock().Replace(text.Remove(written.Index, written.Length), " "));
        return new DateLine(written.Date, rest.Count > 0 && rest.All(PageDataWords.Contains), Timed: false);
    }

    /// <summary>
    /// The date of the first date stamp inside the element: a &lt;time&gt;, or an element marked as the date of
    /// publication (itemprop="datePublished", RDFa property="dc:date"), read from its datetime or content attribute,
    /// else its text.
    /// </summary>
    public static PartialDate? Stamped(IElement element) =>
        element.QuerySelectorAll(StampSelector)
            .Select(e => WebPageHead.Date(e.GetAttribute("datetime") ?? e.GetAttribute("content")) ?? WebPageHead.Date(PageText.Of(e)))
            .FirstOrDefault(d => d is not null);

    [GeneratedRegex(@"\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\b|\bGMT[+-]?\d*|\bUTC[+-]?\d*", RegexOptions.IgnoreCase)]
    private static partial Regex Clock();
}
