using System.Globalization;
using Archive.Core.Commitments;
using Archive.Core.Documents;
using Archive.Core.Precedent;

namespace Archive.Core.Drafts;

/// <summary>
/// What the commented Word file says of each draft paragraph, in the draft's language: its status and source
/// citation, the words left out and added, a change in the strength of its commitment, and the agreed wording in the
/// other language.
/// </summary>
public static class ReviewComments
{
    public static IReadOnlyList<string> Of(DraftParagraphReview paragraph, DocumentLanguage language)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        var id = language == DocumentLanguage.Indonesian;
        var lines = new List<string>();
        var first = paragraph.Precedents.Count > 0 ? paragraph.Precedents[0] : null;
        switch (paragraph.Status)
        {
            case DraftStatus.Skipped:
                lines.Add((id ? "Tidak dibandingkan: " : "Not compared: ") + paragraph.Note);
                return lines;
            case DraftStatus.Verbatim:
                lines.Add((id ? "Bahasa yang telah disepakati, kata demi kata: " : "Agreed language, word for word: ") + first!.Paragraph.Citation);
                break;
            case DraftStatus.Edited:
                lines.Add(string.Create(CultureInfo.InvariantCulture,
                    $"{(id ? "Diubah dari" : "Edited from")} {first!.Paragraph.Citation} ({(id ? "kemiripan kata" : "wording similarity")} {first.Similarity:F2})"));
                AddRuns(lines, first.Diff, DiffOperation.Deleted, id ? "Dihapus: " : "Left out: ");
                AddRuns(lines, first.Diff, DiffOperation.Inserted, id ? "Ditambahkan: " : "Added: ");
                break;
            default:
                lines.Add(first is null
                    ? (id ? "Baru: tidak ada paragraf yang telah disepakati yang dekat." : "New: no agreed paragraph is close.")
                    : string.Create(CultureInfo.InvariantCulture,
                        $"{(id ? "Baru: paling dekat" : "New: the closest agreed paragraph is")} {first.Paragraph.Citation} ({first.Similarity:F2})"));
                return lines;
        }

        if (paragraph.Change is { } change && change != StrengthChange.Same)
        {
            lines.Add(Strength(change, paragraph.PrecedentStrength, paragraph.Strength, id));
        }

        if (first.Counterpart is { } counterpart)
        {
            lines.Add((id ? "Rumusan bahasa Inggris yang disepakati: " : "Agreed Indonesian wording: ") + counterpart.Text);
        }

        return lines;
    }

    private static void AddRuns(List<string> lines, DiffOutcome diff, DiffOperation operation, string label)
    {
        var runs = diff.Runs.Where(r => r.Operation == operation).Select(r => "\u201C" + r.Text + "\u201D").ToList();
        if (runs.Count > 0)
        {
            lines.Add(label + string.Join(", ", runs));
        }
    }

    private static string Strength(StrengthChange change, CommitmentStrength? source, CommitmentStrength? draft, bool id)
    {
        var (was, now) = (Name(source, id), Name(draft, id));
        return change switch
        {
            StrengthChange.Weakened => id ? $"Komitmen diperlemah: {was} dalam sumber, {now} di sini." : $"Commitment weakened: {was} in the source, {now} here.",
            StrengthChange.Strengthened => id ? $"Komitmen diperkuat: {was} dalam sumber, {now} di sini." : $"Commitment strengthened: {was} in the source, {now} here.",
            StrengthChange.Dropped => id ? $"Komitmen dihapus: sumber memuat {was}." : $"Commitment dropped: the source has a {was}.",
            _ => id ? $"Komitmen baru: {now}." : $"Commitment added: a {now}.",
        };
    }

    private static string Name(CommitmentStrength? strength, bool id) => (strength, id) switch
    {
        (CommitmentStrength.Decision, false) => "decision",
        (CommitmentStrength.Commitment, false) => "commitment",
        (CommitmentStrength.Tasking, false) => "tasking",
        (CommitmentStrength.Encouragement, false) => "encouragement",
        (CommitmentStrength.Acknowledgement, false) => "acknowledgement",
        (CommitmentStrength.Decision, true) => "keputusan",
        (CommitmentStrength.Commitment, true) => "komitmen",
        (CommitmentStrength.Tasking, true) => "penugasan",
        (CommitmentStrength.Encouragement, true) => "dorongan",
        (CommitmentStrength.Acknowledgement, true) => "pengakuan",
        _ => id ? "tidak ada" : "none",
    };
}
