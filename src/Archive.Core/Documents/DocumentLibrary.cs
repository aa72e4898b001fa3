using System.Collections.Frozen;

namespace Archive.Core.Documents;

/// <summary>An immutable set of ingested documents, looked up by document or paragraph id.</summary>
public sealed class DocumentLibrary
{
    private readonly FrozenDictionary<string, ArchiveDocument> _documents;
    private readonly FrozenDictionary<string, (ArchiveDocument Document, Paragraph Paragraph)> _paragraphs;
    private readonly Lazy<MeetingTimeline> _meetings;

    public DocumentLibrary(IEnumerable<ArchiveDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        Documents = [.. documents.OrderBy(d => d.Metadata.Date?.Start ?? DateOnly.MaxValue).ThenBy(d => d.Id, StringComparer.Ordinal)];
        _documents = Documents.ToFrozenDictionary(d => d.Id, StringComparer.Ordinal);
        _paragraphs = Documents
            .SelectMany(d => d.Paragraphs.Select(p => (d, p)))
            .ToFrozenDictionary(x => x.p.Id, x => (x.d, x.p), StringComparer.Ordinal);
        _meetings = new(() => new MeetingTimeline(Documents));
    }

    public static DocumentLibrary Empty { get; } = new([]);

    /// <summary>All documents, oldest first, then by id.</summary>
    public IReadOnlyList<ArchiveDocument> Documents { get; }

    /// <summary>The meetings the documents come from, in date order; built on first use.</summary>
    public MeetingTimeline Meetings => _meetings.Value;

    public ArchiveDocument? FindDocument(string id) => _documents.GetValueOrDefault(id);

    public (ArchiveDocument Document, Paragraph Paragraph)? FindParagraph(string id) =>
        _paragraphs.TryGetValue(id, out var found) ? found : null;
}
