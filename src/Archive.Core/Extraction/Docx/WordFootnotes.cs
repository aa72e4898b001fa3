using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;
using Note = Archive.Core.Documents.Footnote;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;

namespace Archive.Core.Extraction.Docx;

/// <summary>
/// The document's footnotes, each given the number Word prints for it when the body first cites it (1, 2, 3 in the
/// order of the references); the separators Word keeps among the footnotes are not notes.
/// </summary>
internal sealed class WordFootnotes(Footnotes? footnotes)
{
    private readonly Dictionary<string, string> _texts = footnotes?.Elements<Footnote>()
        .Where(n => n.Id?.Value is not null && !IsSeparator(n))
        .GroupBy(n => n.Id!.Value.ToString(CultureInfo.InvariantCulture), StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => string.Join(" ", g.Last().Elements<Paragraph>().Select(p => WordParagraphText.Of(p, false, 1).Text)), StringComparer.Ordinal)
        ?? [];

    private readonly List<Note> _cited = [];
    private readonly Dictionary<string, string> _markers = new(StringComparer.Ordinal);

    /// <summary>The notes cited so far, in the order of their first references.</summary>
    public IReadOnlyList<Note> Cited => _cited;

    /// <summary>The marker of the note with this id, numbered at its first citation; null for an id with no note.</summary>
    public string? Cite(string id)
    {
        if (_markers.TryGetValue(id, out var marker))
        {
            return marker;
        }

        if (!_texts.TryGetValue(id, out var text) || string.IsNullOrWhiteSpace(DocxTextExtractor.Clean(text)))
        {
            return null;
        }

        marker = (_cited.Count + 1).ToString(CultureInfo.InvariantCulture);
        _markers[id] = marker;
        _cited.Add(new Note(marker, DocxTextExtractor.Clean(text), null));
        return marker;
    }

    private static bool IsSeparator(Footnote note) =>
        note.Type?.Value is { } type && (type == FootnoteEndnoteValues.Separator || type == FootnoteEndnoteValues.ContinuationSeparator || type == FootnoteEndnoteValues.ContinuationNotice);
}
