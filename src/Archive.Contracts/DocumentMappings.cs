using Archive.Core.Documents;

namespace Archive.Contracts;

/// <summary>Maps Core documents and the meetings they come from to their wire form.</summary>
public static class DocumentMappings
{
    public static MeetingResponse ToResponse(this Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        return new(
            meeting.Id,
            meeting.Name(DocumentLanguage.English),
            meeting.Name(DocumentLanguage.Indonesian),
            meeting.Conference,
            meeting.Date?.ToString(),
            meeting.Type?.ToCode(),
            [.. meeting.Documents.Select(d => d.Id)]);
    }

    public static DocumentSummaryResponse ToSummary(this ArchiveDocument document) => new(
        document.Id,
        document.Metadata.Title,
        document.Language.ToCode(),
        document.Metadata.Type.ToCode(),
        document.Metadata.Conference,
        document.Metadata.Date?.ToString(),
        document.Metadata.Place,
        document.Metadata.Issuer,
        document.Metadata.Sample,
        document.Source,
        document.Format,
        document.PageCount,
        document.Paragraphs.Count,
        document.CounterpartId,
        CitationFormatter.Document(document, document.Language),
        $"/api/documents/{document.Id}");

    public static DocumentResponse ToResponse(this ArchiveDocument document) => new(
        document.Id,
        document.Metadata.Title,
        document.Language.ToCode(),
        document.Metadata.Type.ToCode(),
        document.Metadata.Conference,
        document.Metadata.Date?.ToString(),
        document.Metadata.Place,
        document.Metadata.Issuer,
        document.Metadata.Session,
        document.Metadata.Sample,
        document.Source,
        document.Format,
        document.PageCount,
        document.Symbol,
        document.CounterpartId,
        CitationFormatter.Document(document, document.Language),
        [.. document.Paragraphs.Select(p => p.ToResponse(document))],
        [.. document.Footnotes.Select(f => new FootnoteResponse(f.Marker, f.Text, f.Page))],
        document.Warnings,
        document.Ocr,
        document.OcrPages ?? [],
        document.OcrConfidence);

    public static ParagraphResponse ToResponse(this Paragraph paragraph, ArchiveDocument document) => new(
        paragraph.Id,
        paragraph.Anchor,
        paragraph.Number,
        paragraph.Section,
        paragraph.Attachment,
        paragraph.Pages,
        paragraph.Text,
        paragraph.Citation,
        paragraph.CounterpartId,
        Permalink.Of(document, paragraph),
        paragraph.Ocr,
        paragraph.OcrConfidence,
        paragraph.Footnotes ?? []);
}
