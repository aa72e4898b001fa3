using System.Text.RegularExpressions;
using Archive.Core.Structuring;

namespace Archive.Core.Extraction.Pdf;

/// <summary>
/// Finds running headers, footers and page numbers: lines in the top or bottom margin of a page that either repeat
/// (digits aside) on at least half of the pages, or read like a page number ("Page 3 of 7", "Halaman 3", "- 3 -"),
/// and lines at the very top set in smaller type than the body (a header on a one-page document). A document
/// symbol ("BP/MC8/2023/1") is never running text: it identifies the document.
/// </summary>
internal static partial class RunningTextFilter
{
    private const double MarginFraction = 0.15;
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
        }

        running.UnionWith(candidates.Where(l => IsPageNumber(l.Text)));
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

        return running;
    }

    /// <summary>"Page 3", "Page 3 of 7", "Halaman 3 dari 7", "Hal. 3", "- 3 -", "3/7", "3", "iv".</summary>
    public static bool IsPageNumber(string text) => PageNumber().IsMatch(text.Trim());

    // Digits vary from page to page in a running footer ("Page 3 of 7"); compare the rest.
    private static string Shape(string text) => Digits().Replace(text.ToLowerInvariant(), "#").Trim();

    [GeneratedRegex(@"^(?:(?:page|halaman|hal\.?|p\.)\s*\d{1,4}(?:\s*(?:of|dari|/)\s*\d{1,4})?|[-–—]?\s*\d{1,4}\s*[-–—]?|\d{1,4}\s*/\s*\d{1,4}|[ivxlc]{1,6})$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}
