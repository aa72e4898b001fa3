using System.Globalization;

namespace Archive.Core.Documents;

/// <summary>
/// A date known to the year, the month or the day: some conferences are documented only as "April 2009".
/// </summary>
[System.Text.Json.Serialization.JsonConverter(typeof(PartialDateJsonConverter))]
public readonly record struct PartialDate
{
    private static readonly string[] EnglishMonths =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private static readonly string[] IndonesianMonths =
        ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];

    public PartialDate(int year, int? month = null, int? day = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1900);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 2200);
        if (month is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(month));
        }

        if (day is not null && (month is null || day < 1 || day > DateTime.DaysInMonth(year, month.Value)))
        {
            throw new ArgumentOutOfRangeException(nameof(day));
        }

        Year = year;
        Month = month;
        Day = day;
    }

    public int Year { get; }

    public int? Month { get; }

    public int? Day { get; }

    /// <summary>The earliest calendar day the date can mean; used for sorting and ranges.</summary>
    public DateOnly Start => new(Year, Month ?? 1, Day ?? 1);

    public static IReadOnlyList<string> MonthNames(DocumentLanguage language) =>
        language == DocumentLanguage.Indonesian ? IndonesianMonths : EnglishMonths;

    /// <summary>Parses ISO forms "2016", "2009-04" and "2016-03-23".</summary>
    public static bool TryParse(string? text, out PartialDate date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var parts = text.Trim().Split('-');
        // At most four digits a part: a longer run is no date (and would overflow an int).
        if (parts.Length > 3 || !parts.All(p => p.All(char.IsAsciiDigit) && p.Length is > 0 and <= 4))
        {
            return false;
        }

        var numbers = parts.Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        try
        {
            date = new PartialDate(numbers[0], numbers.Length > 1 ? numbers[1] : null, numbers.Length > 2 ? numbers[2] : null);
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            return false;
        }
    }

    /// <summary>ISO 8601 at the precision known: "2016-03-23", "2009-04" or "2016".</summary>
    public override string ToString() => (Month, Day) switch
    {
        (null, _) => Year.ToString("D4", CultureInfo.InvariantCulture),
        (int m, null) => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{m:D2}"),
        (int m, int d) => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{m:D2}-{d:D2}"),
    };

    /// <summary>The date's month and year as written in the language ("March 2016"), or its year alone when it has no month.</summary>
    public string MonthAndYear(DocumentLanguage language) =>
        Month is int m ? string.Create(CultureInfo.InvariantCulture, $"{MonthNames(language)[m - 1]} {Year}") : Year.ToString(CultureInfo.InvariantCulture);

    /// <summary>The date as people write it in the language: "23 March 2016", "23 Maret 2016", "April 2009".</summary>
    public string Format(DocumentLanguage language)
    {
        var months = MonthNames(language);
        return (Month, Day) switch
        {
            (null, _) => Year.ToString(CultureInfo.InvariantCulture),
            (int m, null) => string.Create(CultureInfo.InvariantCulture, $"{months[m - 1]} {Year}"),
            (int m, int d) => string.Create(CultureInfo.InvariantCulture, $"{d} {months[m - 1]} {Year}"),
        };
    }
}
