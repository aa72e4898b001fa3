using System.Collections.Frozen;
using System.Globalization;

namespace Archive.Core.Documents;

/// <summary>
/// The meetings of a library in date order, the conference number breaking ties: a conference's documents are one
/// meeting, and any other dated document is a meeting with its version in the other language (they share a work key).
/// A document with neither a conference nor a date is in no meeting. A conference none of whose documents is dated
/// stands after the last meeting of an earlier conference.
/// </summary>
public sealed class MeetingTimeline
{
    private readonly FrozenDictionary<string, Meeting> _byId;
    private readonly FrozenDictionary<string, Meeting> _byDocument;

    public MeetingTimeline(IEnumerable<ArchiveDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var groups = documents
            .GroupBy(d => d.Metadata.Conference is int number ? ConferenceId(number) : d.WorkKey, StringComparer.Ordinal)
            .Select(g => (Id: g.Key, g.First().Metadata.Conference, Date: EarliestDate(g), Documents: g.OrderBy(d => d.Metadata.Date?.Start ?? DateOnly.MaxValue).ToList()))
            .Where(g => g.Conference is not null || g.Date is not null)
            .ToList();
        var ordered = groups.Where(g => g.Date is not null)
            .OrderBy(g => g.Date!.Value.Start).ThenBy(g => g.Conference ?? int.MaxValue).ThenBy(g => g.Id, StringComparer.Ordinal)
            .ToList();
        foreach (var undated in groups.Where(g => g.Date is null).OrderBy(g => g.Conference))
        {
            ordered.Insert(ordered.FindLastIndex(g => g.Conference < undated.Conference) + 1, undated);
        }

        Meetings = [.. ordered.Select((g, order) => new Meeting(g.Id, order, g.Conference, g.Date, g.Documents))];
        _byId = Meetings.ToFrozenDictionary(m => m.Id, StringComparer.Ordinal);
        _byDocument = Meetings.SelectMany(m => m.Documents.Select(d => (d.Id, Meeting: m)))
            .ToFrozenDictionary(x => x.Id, x => x.Meeting, StringComparer.Ordinal);
    }

    /// <summary>Every meeting, oldest first.</summary>
    public IReadOnlyList<Meeting> Meetings { get; }

    /// <summary>The id of a conference's meeting: "bpmc6".</summary>
    public static string ConferenceId(int conference) => string.Create(CultureInfo.InvariantCulture, $"bpmc{conference}");

    public Meeting? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The meeting a document belongs to; null when it has neither a conference nor a date.</summary>
    public Meeting? OfDocument(string documentId) => _byDocument.GetValueOrDefault(documentId);

    /// <summary>
    /// The meetings dated within a period, oldest first: "2019" holds meetings of 2019, of November 2019 and of
    /// 5 November 2019; "2019-11" holds the last two, not a meeting known only to the year.
    /// </summary>
    public IReadOnlyList<Meeting> Within(PartialDate period) =>
        [.. Meetings.Where(m => m.Date is PartialDate date && date.Year == period.Year
            && (period.Month is null || date.Month == period.Month)
            && (period.Day is null || date.Day == period.Day))];

    // The earliest date, and of two dates with the same start the more precise one.
    private static PartialDate? EarliestDate(IEnumerable<ArchiveDocument> documents) => documents
        .Select(d => d.Metadata.Date).OfType<PartialDate>()
        .OrderBy(d => d.Start).ThenByDescending(d => d.Day is not null).ThenByDescending(d => d.Month is not null)
        .Cast<PartialDate?>().FirstOrDefault();
}
