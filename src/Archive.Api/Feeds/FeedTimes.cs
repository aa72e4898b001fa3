using Archive.Core.Documents;
using Archive.Core.Indexing;
using Archive.Core.Uploads;

namespace Archive.Api.Feeds;

/// <summary>
/// When a document's entries were published and updated, and the order of entries, newest first: by the document's
/// date, then by when the document entered the archive. That time comes from the audit log, which records each upload
/// when it is done and lives with the corpus: it is true, and it survives a copy, a restore or a rebuild of the index.
/// File times do not (a checkout, a copy or a restore sets them anew), so they serve only a document that has neither
/// a date nor an upload record, and never its place among dated ones. A bundled document was never uploaded: it has
/// no arrival and stands after uploads of the same date.
/// </summary>
internal sealed class FeedTimes(IReadOnlyDictionary<string, DocumentArrival> arrivals, ServedGeneration served)
{
    private readonly Dictionary<string, DateTime> _fileTimes = served.Manifest.Corpus.Files
        .Where(f => f.Modified is not null)
        .ToDictionary(f => f.Path, f => f.Modified!.Value, StringComparer.Ordinal);

    public static async Task<FeedTimes> ReadAsync(AuditLog audit, ServedGeneration served, CancellationToken cancellationToken) =>
        new(await audit.ArrivalsAsync(cancellationToken), served);

    /// <summary>
    /// Published: the document's date (its first day, UTC); updated: when it entered the archive or was last replaced,
    /// else that date.
    /// </summary>
    public (DateTimeOffset Published, DateTimeOffset Updated) Of(ArchiveDocument document)
    {
        var arrival = arrivals.GetValueOrDefault(document.Id);
        var published = document.Metadata.Date is PartialDate date
            ? new DateTimeOffset(date.Start.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)
            : arrival?.Added ?? FileTime(document);
        return (published, arrival?.Changed ?? published);
    }

    /// <summary>Items newest first; within one document, in paragraph order.</summary>
    public IEnumerable<T> NewestFirst<T>(IEnumerable<T> items, Func<T, ArchiveDocument> document, Func<T, int> ordinal) => items
        .OrderByDescending(i => document(i).Metadata.Date?.Start ?? DateOnly.MinValue)
        .ThenByDescending(i => arrivals.GetValueOrDefault(document(i).Id)?.Added ?? DateTimeOffset.MinValue)
        .ThenBy(i => document(i).Id, StringComparer.Ordinal)
        .ThenBy(ordinal);

    private DateTimeOffset FileTime(ArchiveDocument document) =>
        new(DateTime.SpecifyKind(_fileTimes.GetValueOrDefault(document.Source, served.Manifest.BuiltAt.UtcDateTime), DateTimeKind.Utc));
}
