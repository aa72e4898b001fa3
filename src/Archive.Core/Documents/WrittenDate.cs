using System.Globalization;
using System.Text.RegularExpressions;

namespace Archive.Core.Documents;

/// <summary>
/// A date as people write it in running text, in English or Indonesian: "23 March 2016", "23 Maret 2016",
/// "March 23, 2016", "Kamis, 24 Mar 2016", "April 2009". Months may be abbreviated ("Mar", "Agt", "Sept.").
/// </summary>
/// <param name="Date">The date, to the day or the month.</param>
/// <param name="Index">Where the date starts in the text searched.</param>
/// <param name="Length">How many characters it takes.</param>
public sealed record WrittenDate(PartialDate Date, int Index, int Length)
{
    // Full names first, so that "Maret" is read whole rather than as "Mar"; the odd abbreviations after them.
    private static readonly IReadOnlyList<(string Name, int Month)> Months = BuildMonths();

    // Capitalised or in capitals, as months are written in both languages: "may 2016" is no date.
    private static readonly string MonthPattern = string.Join('|', Months.SelectMany(m => new[] { m.Name, m.Name.ToUpperInvariant() }));

    private static readonly Regex DayMonthYear = new(
        $@"(?<![\p{{L}}\p{{N}}-])(?<day>\d{{1,2}})(?:st|nd|rd|th|ST|ND|RD|TH)?(?:\s*[-–]\s*(?<end>\d{{1,2}}))?\s+(?<month>{MonthPattern})\.?,?\s+(?<year>(?:19|20)\d\d)\b",
        RegexOptions.CultureInvariant);

    private static readonly Regex MonthDayYear = new(
        $@"(?<![\p{{L}}])(?<month>{MonthPattern})\.?\s+(?<day>\d{{1,2}})(?:st|nd|rd|th|ST|ND|RD|TH)?,?\s+(?<year>(?:19|20)\d\d)\b",
        RegexOptions.CultureInvariant);

    private static readonly Regex MonthYear = new(
        $@"(?<![\p{{L}}])(?<month>{MonthPattern})\.?,?\s+(?<year>(?:19|20)\d\d)\b",
        RegexOptions.CultureInvariant);

    /// <summary>The first written date in the text (a day before a month alone), or null; a day range gives its last day.</summary>
    public static WrittenDate? Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var pattern in new[] { DayMonthYear, MonthDayYear, MonthYear })
        {
            for (var match = pattern.Match(text); match.Success; match = match.NextMatch())
            {
                var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
                var month = MonthNumber(match.Groups["month"].Value);
                var dayGroup = match.Groups["end"].Success ? match.Groups["end"] : match.Groups["day"];
                int? day = dayGroup.Success ? int.Parse(dayGroup.Value, CultureInfo.InvariantCulture) : null;
                if (day is int d && (d < 1 || d > DateTime.DaysInMonth(year, month)))
                {
                    continue;
                }

                return new WrittenDate(new PartialDate(year, month, day), match.Index, match.Length);
            }
        }

        return null;
    }

    private static int MonthNumber(string name)
    {
        var trimmed = name.TrimEnd('.');
        return Months.First(m => m.Name.Equals(trimmed, StringComparison.OrdinalIgnoreCase)).Month;
    }

    private static List<(string Name, int Month)> BuildMonths()
    {
        var full = new[] { DocumentLanguage.English, DocumentLanguage.Indonesian }
            .SelectMany(language => PartialDate.MonthNames(language).Select((name, i) => (name, i + 1)));
        var abbreviated = full.Select(m => (m.name[..3], m.Item2)).Concat([("Sept", 9), ("Agt", 8), ("Agust", 8)]);
        return [.. full.Concat(abbreviated).DistinctBy(m => m.Item1, StringComparer.OrdinalIgnoreCase).OrderByDescending(m => m.Item1.Length)];
    }
}
