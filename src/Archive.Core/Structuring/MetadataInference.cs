using System.Globalization;
using System.Text.RegularExpressions;
using Archive.Core.Documents;

namespace Archive.Core.Structuring;

/// <summary>
/// Reads type, conference number, date and place from a document's own opening text, in English
/// ("Sixth Ministerial Conference … Nusa Dua, Bali, 23 March 2016") or Indonesian
/// ("Konferensi Tingkat Menteri Bali Process ke-6 … 23 Maret 2016"), for files the catalog does not list.
/// </summary>
public static partial class MetadataInference
{
    /// <summary>The month names of both languages as a regular-expression alternation (case as written).</summary>
    internal static readonly string MonthPattern = string.Join('|',
        PartialDate.MonthNames(DocumentLanguage.English).Concat(PartialDate.MonthNames(DocumentLanguage.Indonesian)).Distinct());

    private static readonly Regex DayMonthYear = new(
        $@"(?<![\d-])(?<day>\d{{1,2}})(?:\s*[-–]\s*(?<end>\d{{1,2}}))?\s+(?<month>{MonthPattern})\s+(?<year>(?:19|20)\d\d)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Regex MonthDayYear = new(
        $@"\b(?<month>{MonthPattern})\s+(?<day>\d{{1,2}}),\s*(?<year>(?:19|20)\d\d)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Regex MonthYear = new(
        $@"\b(?<month>{MonthPattern})\s+(?<year>(?:19|20)\d\d)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Regex EnglishConference = new(
        $@"\b(?:(?<word>{string.Join('|', ConferenceNames.EnglishOrdinalWords)})|(?<digits>\d{{1,2}})(?:st|nd|rd|th))\s+(?:Bali\s+Process\s+)?(?:Regional\s+)?Ministerial\s+Conference",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Regex IndonesianConference = new(
        $@"\b(?:Konferensi\s+Tingkat\s+Menteri|KTM)(?:\s+Regional)?(?:\s+Bali\s+Process)?\s+(?:ke-?\s*(?<digits>\d{{1,2}})|(?<word>{string.Join('|', ConferenceNames.IndonesianOrdinalWords)}))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>Infers what it can from the title lines and the first paragraphs of a document.</summary>
    public static InferredMetadata Infer(IEnumerable<string> openingText)
    {
        ArgumentNullException.ThrowIfNull(openingText);
        var text = string.Join('\n', openingText);
        var (date, dateIndex) = FindDate(text);
        return new InferredMetadata(FindType(text), FindConference(text), date, date is null ? null : FindPlace(text, dateIndex));
    }

    /// <summary>The first date written in the text ("23 March 2016", "23 Maret 2016", "March 23, 2016", "March 2016").</summary>
    public static PartialDate? DateIn(string text) => FindDate(text).Date;

    private static DocumentType? FindType(string text) =>
        CoChairs().IsMatch(text) ? DocumentType.CoChairsStatement
        : Framework().IsMatch(text) ? DocumentType.Framework
        : Declaration().IsMatch(text) ? DocumentType.Declaration
        : Strategy().IsMatch(text) ? DocumentType.Strategy
        : null;

    /// <summary>
    /// The number of the Ministerial Conference the text is of. A statement of another meeting ("Ad Hoc Group Senior
    /// Officials' Meeting", "Forum Pemerintah dan Bisnis") names a conference only as one it follows, so when another
    /// meeting is named first there is none; a conference named after "since" or "following" is a reference too.
    /// </summary>
    private static int? FindConference(string text)
    {
        var otherMeeting = OtherMeeting().Match(text);
        foreach (var pattern in new[] { EnglishConference, IndonesianConference })
        {
            var match = pattern.Matches(text).FirstOrDefault(m => !Reference().IsMatch(text[..m.Index]));
            if (match is null || otherMeeting.Success && otherMeeting.Index < match.Index)
            {
                continue;
            }

            if (match.Groups["digits"].Success)
            {
                return int.Parse(match.Groups["digits"].Value, CultureInfo.InvariantCulture);
            }

            var words = pattern == EnglishConference ? ConferenceNames.EnglishOrdinalWords : ConferenceNames.IndonesianOrdinalWords;
            var index = words.ToList().FindIndex(w => w.Equals(match.Groups["word"].Value, StringComparison.OrdinalIgnoreCase));
            return index + 1;
        }

        return null;
    }

    [GeneratedRegex(@"\b(?:senior\s+officials['’]?\s+meeting|steering\s+group|ad\s+hoc\s+group\s+meeting|government\s+and\s+business\s+forum|business\s+forum|working\s+group|workshop|pertemuan\s+pejabat\s+senior|kelompok\s+pengarah|forum\s+pemerintah\s+dan\s+bisnis|kelompok\s+kerja|lokakarya)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OtherMeeting();

    // What the text just before a conference's name says when it refers to one it follows.
    [GeneratedRegex(@"\b(?:since|following|after|since\s+the|following\s+the|after\s+the|sejak|setelah|menindaklanjuti)\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Reference();

    private static (PartialDate? Date, int Index) FindDate(string text)
    {
        foreach (var pattern in new[] { DayMonthYear, MonthDayYear, MonthYear })
        {
            var match = pattern.Match(text);
            if (!match.Success)
            {
                continue;
            }

            var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
            var month = MonthNumber(match.Groups["month"].Value);
            int? day = match.Groups["end"].Success ? int.Parse(match.Groups["end"].Value, CultureInfo.InvariantCulture)
                : match.Groups["day"].Success ? int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture)
                : null;
            if (day is int d && d > DateTime.DaysInMonth(year, month))
            {
                continue;
            }

            return (new PartialDate(year, month, day), match.Index);
        }

        return (null, -1);
    }

    private static int MonthNumber(string name)
    {
        foreach (var language in new[] { DocumentLanguage.English, DocumentLanguage.Indonesian })
        {
            var index = PartialDate.MonthNames(language).ToList().FindIndex(m => m.Equals(name, StringComparison.OrdinalIgnoreCase));
            if (index >= 0)
            {
                return index + 1;
            }
        }

        throw new ArgumentException($"unknown month {name}", nameof(name));
    }

    /// <summary>The capitalised words just before the date, as in "Nusa Dua, Bali, 23 March 2016".</summary>
    private static string? FindPlace(string text, int dateIndex)
    {
        var before = text[..dateIndex];
        var match = PlaceBeforeDate().Match(before);
        return match.Success ? match.Groups["place"].Value : null;
    }

    [GeneratedRegex(@"(?:^|[\n(])\s*(?<place>\p{Lu}[\p{L}]+(?:(?:\s|,\s)\p{Lu}[\p{L}]+){0,3}),\s*$")]
    private static partial Regex PlaceBeforeDate();

    [GeneratedRegex(@"Co-?Chairs['’]?\s+Statement|Pernyataan\s+(?:Para\s+)?Ketua\s+Bersama", RegexOptions.IgnoreCase)]
    private static partial Regex CoChairs();

    [GeneratedRegex(@"\bDeclaration\b|\bDeklarasi\b", RegexOptions.IgnoreCase)]
    private static partial Regex Declaration();

    [GeneratedRegex(@"Regional\s+Cooperation\s+Framework|Kerangka\s+Kerja\s+Sama\s+Regional", RegexOptions.IgnoreCase)]
    private static partial Regex Framework();

    [GeneratedRegex(@"\bStrategy\b|\bStrategi\b", RegexOptions.IgnoreCase)]
    private static partial Regex Strategy();
}
