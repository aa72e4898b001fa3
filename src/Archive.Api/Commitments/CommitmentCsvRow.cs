using Archive.Api.Contracts;

namespace Archive.Api.Commitments;

/// <summary>One row of the commitments CSV export, in the column order a spreadsheet user reads.</summary>
[CsvHelper.CsvRecord]
internal sealed partial record CommitmentCsvRow(
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
    int? DroppedAfter,
    string Action,
    string Source)
{
    public static CommitmentCsvRow From(CommitmentResponse c) => new(
        c.Id, c.Conference, c.Date, c.Language, c.DocumentId, c.Paragraph, c.Citation, c.Actor, c.Addressee, c.Strength,
        string.Join("; ", c.Topics.Select(t => t.Id)), c.TimeFrame, c.LineageId, c.Status, c.DroppedAfter, c.Action, c.Source);
}
