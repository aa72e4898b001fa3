using System.Text.RegularExpressions;
using Archive.Core.Text;

namespace Archive.Core.Extraction.Pdf;

/// <summary>
/// Finds running headers, footers and page numbers: lines in the top or bottom margin of a page that either repeat
/// on at least half of the pages (compared as a bag of words with digits aside, so a header mirrored on even pages,
/// a page number that moves from right to left, or a changing job number or date still repeats), or read like a
/// page number ("Page 3 of 7", "Halaman 3", "- 3 -"); lines at the very top set in smaller type than the body (a
/// header on a one-page document); and catchwords, the first words of the next page printed at the foot of the
/// page before it ("Pasal . . ."). A document symbol ("BP/MC8/2023/1") on the first page is never running text: it
/// identifies the document.
/// </summary>
internal static partial class RunningTextFilter
{
    // A header set small at the very top of a single page is running text only in the top margin proper.
    private const double MarginFraction = 0.15;

    // Repeated and page-number lines are the first or last lines of a page, however deep the margins (a letterhead
    // and a page number take a sixth of a legal-size page).
    private const double EdgeFraction = 0.25;
    private const int EdgeLines = 3;

    /// <summary>The lines of every page that are running text, to be left out of the document's blocks.</summary>
    public static HashSet<PdfLine> Find(IReadOnlyList<PdfPageLayout> pages, IReadOnlyList<double> pageHeights, double bodyFontSize)
    {
        var candidates = new List<PdfLine>();
        var running = new HashSet<PdfLine>();
        for (var i = 0; i < pages.Count; i++)
        {
            // The symbol identifies the document on its first page; repeated at the head of the others it is a running head.
            var ordered = pages[i].Lines.Where(l => i > 0 || !DocumentSymbol.IsMatch(l.Text)).OrderByDescending(l => l.Top).ToList();
            var height = pageHeights[i];
            var top = ordered.Take(EdgeLines).Where(l => l.Bottom >= height * (1 - EdgeFraction)).ToList();
            candidates.AddRange(top);
            candidates.AddRange(ordered.TakeLast(EdgeLines).Where(l => l.Top <= height * EdgeFraction));
            if (top.Count > 0 && top[0].Bottom >= height * (1 - MarginFraction) && top[0].FontSize < 0.85 * bodyFontSize)
            {
                running.Add(top[0]);
            }
        }

        running.UnionWith(candidates.Where(l => IsPageNumber(l.Text) || IsJobNumber(l.Text)));

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
    /// A line of a few words and a row of dots or an ellipsis ("Pasal . . .", "MEMUTUSKAN : . . .", "8. Limbah…")
    /// that repeats how the next line of the body begins: a catchword, printed at the foot of a page (or at the head
    /// of the next) so a reader knows where the text goes on.
    /// </summary>
    private static IEnumerable<PdfLine> Catchwords(IReadOnlyList<PdfPageLayout> pages, HashSet<PdfLine> running)
    {
        var body = pages.SelectMany(p => p.Lines).Where(l => !running.Contains(l)).ToList();
        for (var i = 0; i + 1 < body.Count; i++)
        {
            if (Catchword().Match(body[i].Text) is { Success: true } match
                && match.Groups["lead"].Value.TrimEnd(' ', ':') is { Length: > 0 } lead
                && Words.Count(lead) <= 4
                && body[i + 1].Text.StartsWith(lead, StringComparison.OrdinalIgnoreCase))
            {
                yield return body[i];
            }
        }
    }

    /// <summary>
    /// A print job number at the foot of a page, with its language letter and dates: "25-11624 (E) 290725",
    /// "GE.94-51234 (E)", "97-30012 (E) 181197 191197"; or a recycling mark.
    /// </summary>
    public static bool IsJobNumber(string text) => JobNumber().IsMatch(text.Trim());

    /// <summary>"Page 3", "Page 3 of 7", "Halaman 3 dari 7", "Hal. 3", "- 3 -", "3/7", "3", "iv".</summary>
    public static bool IsPageNumber(string text) => PageNumber().IsMatch(text.Trim());

    // Digits vary from page to page in a running footer ("Page 3 of 7"), and mirrored pages put the same words in
    // another order ("A/RES/80/1 Title" and "Title A/RES/80/1"): compare the words, digits aside, in any order.
    private static string Shape(string text) =>
        string.Join(' ', Digits().Replace(text.ToLowerInvariant(), "#").Split(' ', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal));

    [GeneratedRegex(@"^(?:(?:page|halaman|hal\.?|p\.)\s*\d{1,4}(?:\s*(?:of|dari|/)\s*\d{1,4})?|[-–—]?\s*\d{1,4}\s*[-–—]?|\d{1,4}\s*/\s*\d{1,4}|[ivxlc]{1,6})$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"^(?:(?:[A-Z]{2}\.)?\d{2}-\d{5}(?:\s*\([A-Z]\))?(?:\s+\d{6}){0,3}|\*\d{7,}\*|Please\s+recycle.{0,3})$", RegexOptions.IgnoreCase)]
    private static partial Regex JobNumber();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"^(?<lead>.{1,48}?)\s*(?:…|(?:\.\s*){3,})$")]
    private static partial Regex Catchword();
}
