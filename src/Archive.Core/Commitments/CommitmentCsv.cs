using Archive.Core.Documents;
using CsvHelper;

namespace Archive.Core.Commitments;

/// <summary>
/// Commitments as a CSV file a spreadsheet opens cleanly: UTF-8 with a byte-order mark (so Indonesian and
/// typographic characters read right), a header row, one commitment per row with its citation, its meeting's id and
/// its lineage (the id of the meeting it was dropped after, when it was).
/// </summary>
public static partial class CommitmentCsv
{
    public static void Write(Stream stream, IEnumerable<Commitment> commitments, CommitmentCatalog catalog, DocumentLibrary library)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(library);
        using var csv = CsvWriter.Create(stream, new CsvWriterOptions { WriteByteOrderMark = true }, leaveOpen: true);
        csv.WriteRecords(commitments.Select(c => Row.From(c, catalog, library)));
    }

    [CsvRecord]
    internal sealed partial record Row(
        string Id,
        int? Conference,
        string? Date,
        string Language,
        string DocumentId,
        string? Paragraph,
        string Citation,
        string Actor,
        string? Addressee,
        string Strength,
        string Topics,
        string? TimeFrame,
        string? LineageId,
        string? Status,
        string? Meeting,
        string? DroppedAfter,
        string Action,
        string Source)
    {
        public static Row From(Commitment c, CommitmentCatalog catalog, DocumentLibrary library)
        {
            var (document, paragraph) = library.FindParagraph(c.ParagraphId) ?? throw new InvalidOperationException($"unknown paragraph {c.ParagraphId}");
            var lineage = catalog.LineageOf(c.Id);
            return new Row(
                c.Id, c.Conference, c.Date?.ToString(), c.Language.ToCode(), c.DocumentId, paragraph.Number, paragraph.Citation, c.Actor,
                c.Addressee, c.Strength.ToCode(), string.Join("; ", c.Topics.Select(t => t.Topic)), c.TimeFrame, lineage?.Lineage.Id,
                lineage?.Step.Status.ToCode(), c.Meeting?.Id, lineage?.Lineage.DroppedAfter?.Id, c.Action, document.Source);
        }
    }
}
