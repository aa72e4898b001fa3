using Archive.Core.Documents;

namespace Archive.Core.Commitments;

/// <summary>
/// Everything <see cref="CommitmentExtractor.Extract"/> reads of a paragraph and its document: two paragraphs with
/// equal sources give equal commitments, whichever generation they come from.
/// </summary>
internal sealed record ClauseSource(
    string ParagraphId, string Text, string DocumentId, DocumentType Type, DocumentLanguage Language, int? Conference, PartialDate? Date)
{
    public static ClauseSource Of(ArchiveDocument document, Paragraph paragraph) => new(
        paragraph.Id, paragraph.Text, document.Id, document.Metadata.Type, document.Language, document.Metadata.Conference, document.Metadata.Date);
}
