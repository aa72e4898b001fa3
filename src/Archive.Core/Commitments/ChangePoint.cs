using System.Globalization;
using System.Text.RegularExpressions;
using Archive.Core.Documents;

namespace Archive.Core.Commitments;

/// <summary>
/// One end of a comparison of <see cref="MeetingChanges"/>: what was asked for, as written, and the meetings it
/// stands for, oldest first. A conference number ("7") is that conference; a document id is the meeting of its
/// document; a meeting id ("bpmc7", "bp-2019-som") is that meeting; a date ("2019", "2019-11", "2019-11-05") is every
/// meeting dated within it.
/// </summary>
public sealed partial record ChangePoint(string Query, IReadOnlyList<Meeting> Meetings)
{
    /// <summary>What a point can be, for messages.</summary>
    public const string Forms = "a conference number (7), a date (2019, 2019-11 or 2019-11-05), a document id or a meeting id";

    /// <summary>The meetings <paramref name="value"/> stands for, or why it stands for none.</summary>
    /// <param name="parameter">The parameter's name as the caller spelled it ("from"), for the message.</param>
    public static (ChangePoint? Point, string? Problem) Read(string parameter, string? value, DocumentLibrary library)
    {
        ArgumentNullException.ThrowIfNull(library);
        var meetings = library.Meetings;
        if (string.IsNullOrWhiteSpace(value))
        {
            return (null, $"{parameter} is required: {Forms}.");
        }

        value = value.Trim();
        if (value.Length <= 3 && value.All(char.IsAsciiDigit))
        {
            var number = int.Parse(value, CultureInfo.InvariantCulture);
            var held = meetings.Meetings.Select(m => m.Conference).OfType<int>().ToList();
            return meetings.Find(MeetingTimeline.ConferenceId(number)) is { } conference
                ? (new(value, [conference]), null)
                : (null, $"{parameter}: the archive has no document of conference {number}; it has {string.Join(", ", held)}.");
        }

        if (DateForm().IsMatch(value))
        {
            if (!PartialDate.TryParse(value, out var period))
            {
                return (null, $"{parameter}: \"{value}\" is not a date; dates are written 2019, 2019-11 or 2019-11-05.");
            }

            var within = meetings.Within(period);
            return within.Count > 0
                ? (new(value, within), null)
                : (null, $"{parameter}: no meeting of the archive is dated within {value}; {Span(meetings)}.");
        }

        if (library.FindDocument(value) is { } document)
        {
            return meetings.OfDocument(document.Id) is { } meeting
                ? (new(value, [meeting]), null)
                : (null, $"{parameter}: the document \"{value}\" has neither a conference number nor a date, so it belongs to no meeting.");
        }

        if (meetings.Find(value) is { } found)
        {
            return (new(value, [found]), null);
        }

        return (null, DocumentIdentity.IsDocumentId(value)
            ? $"{parameter}: no document has the id \"{value}\"."
            : $"{parameter}: the archive has no meeting \"{value}\"; {parameter} takes {Forms}.");
    }

    private static string Span(MeetingTimeline meetings)
    {
        var dated = meetings.Meetings.Where(m => m.Date is not null).ToList();
        return dated.Count == 0
            ? "none of its meetings is dated"
            : $"its meetings are dated from {dated[0].Date!.Value} to {dated[^1].Date!.Value}";
    }

    [GeneratedRegex(@"^\d{4}(-\d{1,2}){0,2}$")]
    private static partial Regex DateForm();
}
