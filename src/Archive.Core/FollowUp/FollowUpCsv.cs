using System.Globalization;
using CsvHelper;

namespace Archive.Core.FollowUp;

/// <summary>
/// The register as CSV: UTF-8 with a byte-order mark, a header row, one row per record (its current state), evidence
/// joined by " | ". The commitment id is the one the record was last written under.
/// </summary>
public static partial class FollowUpCsv
{
    public static void Write(Stream stream, IEnumerable<FollowUpEntry> current)
    {
        using var csv = CsvWriter.Create(stream, new CsvWriterOptions { WriteByteOrderMark = true }, leaveOpen: true);
        csv.WriteRecords(current.Select(e => new Row(
            e.CommitmentId,
            e.Key.Lineage,
            e.Key.Conference == 0 ? null : e.Key.Conference,
            e.Status.ToCode(),
            e.Note,
            string.Join(" | ", e.Evidence),
            e.By,
            e.At.UtcDateTime.ToString("O", CultureInfo.InvariantCulture))));
    }

    [CsvRecord]
    internal sealed partial record Row(
        string CommitmentId,
        string Lineage,
        int? Conference,
        string Status,
        string Note,
        string Evidence,
        string UpdatedBy,
        string UpdatedAt);
}
