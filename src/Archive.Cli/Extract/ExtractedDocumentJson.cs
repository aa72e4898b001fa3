using Archive.Core.Documents;

namespace Archive.Cli.Extract;

/// <summary>One document as <c>archive extract --json</c> prints it.</summary>
internal sealed record ExtractedDocumentJson(
    string Id,
    string File,
    string Format,
    string Language,
    string Type,
    string Title,
    int? Conference,
    string? Date,
    string? Place,
    bool Sample,
    string? Symbol,
    int Pages,
    IReadOnlyList<ExtractedDocumentJson.ParagraphJson> Paragraphs,
    IReadOnlyList<string> Footnotes,
    IReadOnlyList<string> Warnings)
{
    public static ExtractedDocumentJson From(ArchiveDocument document) => new(
        document.Id,
        document.Source,
        document.Format,
        document.Language.ToCode(),
        document.Metadata.Type.ToCode(),
        document.Metadata.Title,
        document.Metadata.Conference,
        document.Metadata.Date?.ToString(),
        document.Metadata.Place,
        document.Metadata.Sample,
        document.Symbol,
        document.PageCount,
        [.. document.Paragraphs.Select(p => new ParagraphJson(p.Id, p.Number, p.Anchor, p.Section, p.Attachment, p.Pages, p.Text, p.Citation))],
        document.Footnotes,
        document.Warnings);

    internal sealed record ParagraphJson(
        string Id,
        string? Number,
        string Anchor,
        string? Section,
        string? Attachment,
        IReadOnlyList<int> Pages,
        string Text,
        string Citation);
}
