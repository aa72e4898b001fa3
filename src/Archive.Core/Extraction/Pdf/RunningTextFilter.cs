using System.Text.RegularExpressions;
using Archive.Core.Structuring;

namespace Archive.Core.Extraction.Pdf;

/// <summary>
/// Finds running headers, footers and page numbers: lines in the top or bottom margin of a page that either repeat
/// on at least half of the pages (compared as a bag of words with digits aside, so a header mirrored on even pages,
/// a page number that moves from right to left, or a changing job number or date still repeats), or read like a
/// page number ("Page 3 of 7", "Halaman 3", "- 3 -"); lines at the very top set in smaller type than the body (a
/// header on a one-page document); and catchwords, the first word of the next page printed at the foot of the
/// page before it ("Pasal . . ."). A document symbol ("BP/MC8/2023/1") is never running text: it identifies the
/// document.
/// </summary>
internal static partial class RunningTextFilter
{
    private const double MarginFraction = 0.15;

    // A page number is the first or last line of a page even where the margins are deep (legal-size pages).
    private const double PageNumberMarginFraction = 0.25;
    private const int EdgeLines = 3;

    /// <summary>The lines of every page that are running text, to be left out of the document's blocks.</summary>
    public static HashSet<PdfLine> Find(IReadOnlyList<PdfPageLayout> pages, IReadOnlyList<double> pageHeights, double bodyFontSize)
    {
        var candidates = new List<PdfLine>();
        var running = new HashSet<PdfLine>();
        for (var i = 0; i < pages.Count; i++)
        {
            var ordered = pages[i].Lines.Where(l => !DocumentSymbol.IsMatch(l.Text)).OrderByDescending(l => l.Top).ToList();
            var height = pageHeights[i];
            var top = ordered.Take(EdgeLines).Where(l => l.Bottom >= height * (1 - MarginFraction)).ToList();
            candidates.AddRange(top);
            candidates.AddRange(ordered.TakeLast(EdgeLines).Where(l => l.Top <= height * MarginFraction));
            if (top.Count > 0 && top[0].FontSize < 0.85 * bodyFontSize)
            {
                running.Add(top[0]);
            }

            running.UnionWith(ordered.Take(EdgeLines).Where(l => l.Bottom >= height * (1 - PageNumberMarginFraction) && IsPageNumber(l.Text)));
            running.UnionWith(ordered.TakeLast(EdgeLines).Where(l => l.Top <= height * PageNumberMarginFraction && IsPageNumber(l.Text)));
        }

        if (pages.Count >= 2)
        {
            var threshold = Math.Max(2, (int)Math.Ceiling(pages.Count / 2.0));
            foreach (var group in candidates.GroupBy(l => Shape(l.Text)))
            {
                if (group.Select(l => l.Page).Distinct().Count() >= threshold)
                {
                    running.UnionWith(group);
                }
            }
        }

        running.UnionWith(Catchwords(pages, running));
        return running;
    }

    /// <summary>
    /// The last line of a page that is a word or two and a row of dots ("Pasal . . .", "MEMUTUSKAN : . . .") and
    /// repeats how the next page begins: a catchword, printed so a reader knows the text goes on.
    /// </summary>
    private static IEnumerable<PdfLine> Catchwords(IReadOnlyList<PdfPageLayout> pages, HashSet<PdfLine> running)
    {
        for (var i = 0; i + 1 < pages.Count; i++)
        {
            var last = pages[i].Lines.Where(l => !running.Contains(l)).OrderBy(l => l.Bottom).FirstOrDefault();
            var next = pages[i + 1].Lines.Where(l => !running.Contains(l)).OrderByDescending(l => l.Top).FirstOrDefault();
            if (last is not null && next is not null && Catchword().Match(last.Text) is { Success: true } match
                && next.Text.StartsWith(match.Groups["word"].Value, StringComparison.OrdinalIgnoreCase))
            {
                yield return last;
            }
        }
    }

    /// <summary>"Page 3", "Page 3 of 7", "Halaman 3 dari 7", "Hal. 3", "- 3 -", "3/7", "3", "iv".</summary>
    public static bool IsPageNumber(string text) => PageNumber().IsMatch(text.Trim());

    // Digits vary from page to page in a running footer ("Page 3 of 7"), and mirrored pages put the same words in
    // another order ("A/RES/80/1 Title" and "Title A/RES/80/1"): compare the words, digits aside, in any order.
    private static string Shape(string text) =>
        string.Join(' ', Digits().Replace(text.ToLowerInvariant(), "#").Split(' ', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal));

    [GeneratedRegex(@"^(?:(?:page|halaman|hal\.?|p\.)\s*\d{1,4}(?:\s*(?:of|dari|/)\s*\d{1,4})?|[-–—]?\s*\d{1,4}\s*[-–—]?|\d{1,4}\s*/\s*\d{1,4}|[ivxlc]{1,6})$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"^(?<word>[\p{L}\d]+)(?:\s+[\p{L}\d:]+)?\s*(?:\.\s*){3,}$|^(?<word>[\p{L}\d]+)(?:\s+[\p{L}\d:]+)?\s*…$")]
    private static partial Regex Catchword();
}
