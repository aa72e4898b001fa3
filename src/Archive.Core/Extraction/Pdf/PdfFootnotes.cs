using System.Globalization;
using System.Text.RegularExpressions;
using Archive.Core.Documents;

namespace Archive.Core.Extraction.Pdf;

/// <summary>
/// Takes the footnotes off a page: the lines below a footnote separator (a short rule, drawn or typed as a row of
/// underscores) that are set smaller than the body, or, with no separator, the small lines at the foot of the page
/// when the first of them opens with a note marker. A note starts at a line that opens with a marker and either
/// hangs left of the notes' running lines or carries the next number; a page whose notes open without a marker
/// goes on with the last note of the page before.
/// </summary>
internal static partial class PdfFootnotes
{
    // Notes are set smaller than the body: 8.5 pt under 10 pt, 10 pt under 12 pt; a line at 0.93 of the body or more is body text.
    private const double NoteSizeRatio = 0.93;

    /// <summary>Removes the page's footnote lines and its separator from <paramref name="lines"/> and adds its notes to <paramref name="notes"/>.</summary>
    /// <param name="lines">One page's lines, running text already out.</param>
    /// <param name="bodySize">The document's body font size.</param>
    public static void Take(List<PdfLine> lines, IReadOnlyList<PdfRule> rules, double bodySize, List<Footnote> notes)
    {
        // A separator typed as a row of underscores is never text; where it stands, it divides body from notes.
        var typed = lines.Where(l => RuleText().IsMatch(l.Text.Trim())).Select(l => l.Baseline).ToList();
        lines.RemoveAll(l => RuleText().IsMatch(l.Text.Trim()));
        var zone = Zone(lines, [.. Separators(lines, rules), .. typed], bodySize, notes.Count > 0);
        if (zone.Count == 0)
        {
            return;
        }

        var runningLeft = zone.Where(l => !Marker().IsMatch(l.Text)).Select(l => l.Left).DefaultIfEmpty(double.NaN).Min();
        var current = new List<PdfLine>();
        string? marker = null;
        foreach (var line in zone)
        {
            var match = Marker().Match(line.Text);
            if (match.Success && OpensNote(match.Groups["m"].Value, line, current.Count == 0 && marker is null, runningLeft, marker ?? notes.LastOrDefault()?.Marker))
            {
                Flush(marker, current, notes);
                marker = match.Groups["m"].Value;
                current.Add(line with { Text = line.Text[match.Length..] });
            }
            else
            {
                current.Add(line);
            }

            lines.Remove(line);
        }

        Flush(marker, current, notes);
    }

    /// <summary>The page's note lines, top to bottom; empty when the page has none.</summary>
    private static List<PdfLine> Zone(List<PdfLine> lines, List<double> separators, double bodySize, bool mayContinue)
    {
        var ordered = lines.OrderByDescending(l => l.Baseline).ToList();
        if (ordered.Count < 2)
        {
            return [];
        }

        foreach (var y in separators.Where(y => ordered.Any(l => l.Bottom > y)).OrderByDescending(y => y))
        {
            var below = ordered.Where(l => l.Top <= y + 1).ToList();
            if (below.Count > 0 && below.All(l => l.FontSize < NoteSizeRatio * bodySize)
                && (Marker().IsMatch(below[0].Text) || mayContinue))
            {
                return below;
            }
        }

        // No separator: the small lines at the very foot of the page, the first of them a note's start.
        var foot = new List<PdfLine>();
        for (var i = ordered.Count - 1; i > 0 && ordered[i].FontSize < NoteSizeRatio * bodySize; i--)
        {
            foot.Insert(0, ordered[i]);
        }

        if (foot.Count > 0 && Marker().IsMatch(foot[0].Text))
        {
            return foot;
        }

        return CitedAtFoot(ordered);
    }

    /// <summary>
    /// Notes set in body type with no separator (an old typescript): the lines at the foot of the page from the first
    /// one that opens with "N " where N is a reference mark the page's body carries, each further note the same.
    /// </summary>
    private static List<PdfLine> CitedAtFoot(List<PdfLine> ordered)
    {
        var cited = ordered.SelectMany(l => l.NoteRefs).ToHashSet(StringComparer.Ordinal);
        if (cited.Count == 0)
        {
            return [];
        }

        var start = ordered.Count;
        for (var i = ordered.Count - 1; i > 0; i--)
        {
            var match = BareMarker().Match(ordered[i].Text);
            if (match.Success && cited.Contains(match.Groups["m"].Value))
            {
                start = i;
            }
            else if (start == ordered.Count && ordered.Count - i > 6)
            {
                break;
            }
        }

        return start < ordered.Count && ordered.Count - start <= 12 ? ordered[start..] : [];
    }

    /// <summary>Heights of the drawn rules that can separate notes: short (a third of the measure, typically) and starting at its left.</summary>
    private static IEnumerable<double> Separators(List<PdfLine> lines, IReadOnlyList<PdfRule> rules)
    {
        if (lines.Count == 0)
        {
            return [];
        }

        var left = lines.Min(l => l.Left);
        var width = lines.Max(l => l.Right) - left;
        return rules.Where(r => r.Width <= 0.6 * width && r.Left <= left + (0.4 * width)).Select(r => r.Y);
    }

    private static bool OpensNote(string marker, PdfLine line, bool first, double runningLeft, string? previous)
    {
        if (first || line.Left < runningLeft - 1)
        {
            return true;
        }

        // Notes set flush (no hanging marker) are told from a line that happens to open with a number by their sequence.
        if (int.TryParse(previous, NumberStyles.None, CultureInfo.InvariantCulture, out var last))
        {
            return marker == (last + 1).ToString(CultureInfo.InvariantCulture);
        }

        return previous is not null && marker.Length == 1 && previous.Length == 1 && marker[0] == previous[0] + 1;
    }

    private static void Flush(string? marker, List<PdfLine> lines, List<Footnote> notes)
    {
        if (lines.Count == 0)
        {
            return;
        }

        var text = TextNormalizer.JoinLines(lines.Select(l => TextNormalizer.NormalizeCharacters(l.Text)));
        if (marker is null && notes.Count > 0)
        {
            // The page's notes open with the rest of the last note of the page before.
            notes[^1] = notes[^1] with { Text = TextNormalizer.JoinLines([notes[^1].Text, text]) };
        }
        else
        {
            notes.Add(new Footnote(marker ?? string.Empty, text, lines[0].Page));
        }

        lines.Clear();
    }

    /// <summary>A note's marker at the start of its first line: "3 See …", "12. Ibid.", "* Reissued …", "a/ …".</summary>
    [GeneratedRegex(@"^(?<m>\d{1,3}|\*{1,3}|[†‡§]|[a-z](?=/))(?:[./)]\s*|\s+|(?=[\p{Lu}“""(]))(?=\S)")]
    private static partial Regex Marker();

    [GeneratedRegex(@"^(?<m>\d{1,3})\s+(?=\S)")]
    private static partial Regex BareMarker();

    [GeneratedRegex(@"^[_\-–—]{5,}$")]
    private static partial Regex RuleText();
}
