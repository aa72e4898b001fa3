using Archive.Core.Commitments;
using Archive.Core.Documents;

namespace Archive.Cli.Commitments;

/// <summary>A commitment as <c>archive commitments --json</c> prints it: like a search hit, it names its source file and paragraph.</summary>
internal sealed record CommitmentJson(
    string Id,
    string Source,
    string? Paragraph,
    string ParagraphId,
    string Language,
    int? Conference,
    string? Date,
    string Citation,
    string Actor,
    string? Addressee,
    string Strength,
    string Triggers,
    IReadOnlyList<string> Topics,
    string? TimeFrame,
    string Action,
    string? LineageId,
    string? Status)
{
    public static CommitmentJson From(Commitment c, CommitmentCatalog catalog, DocumentLibrary library)
    {
        var (document, paragraph) = library.FindParagraph(c.ParagraphId)!.Value;
        var lineage = catalog.LineageOf(c.Id);
        return new CommitmentJson(c.Id, document.Source, paragraph.Number, c.ParagraphId, c.Language.ToCode(), c.Conference, c.Date?.ToString(),
            paragraph.Citation, c.Actor, c.Addressee, c.Strength.ToCode(), c.Triggers, [.. c.Topics.Select(t => t.Topic)], c.TimeFrame, c.Action,
            lineage?.Lineage.Id, lineage?.Step.Status);
    }
}
