using Archive.Core.Commitments;
using Archive.Core.Documents;
using Archive.Core.Drafts;

namespace Archive.Contracts;

/// <summary>Maps draft reviews to their wire form.</summary>
public static class DraftMappings
{
    public static DraftReviewResponse ToResponse(this DraftReview review)
    {
        ArgumentNullException.ThrowIfNull(review);
        return new(
            review.Language.ToCode(),
            review.Draft.Title,
            review.Draft.Warnings,
            review.UsedMeaning,
            review.MeaningUnavailable,
            new DraftSummaryResponse(
                review.Paragraphs.Count,
                review.Count(DraftStatus.Verbatim),
                review.Count(DraftStatus.Edited),
                review.Count(DraftStatus.New),
                review.Count(DraftStatus.Skipped),
                review.Weakened),
            [.. review.Paragraphs.Select(ToResponse)]);
    }

    /// <summary>How a status or a change is spelled on the wire: verbatim, edited, weakened.</summary>
    public static string ToCode(this DraftStatus status) => status.ToString().ToLowerInvariant();

    public static string ToCode(this StrengthChange change) => change.ToString().ToLowerInvariant();

    private static DraftParagraphResponse ToResponse(DraftParagraphReview paragraph) => new(
        paragraph.Ordinal,
        paragraph.Paragraph.Number,
        paragraph.Paragraph.Text,
        paragraph.Status.ToCode(),
        paragraph.Note,
        [.. paragraph.Precedents.Select(PrecedentMappings.ToResponse)],
        [.. paragraph.Commitments.Select(c => new DraftCommitmentResponse(c.Actor, c.Addressee, c.Action, c.Strength.ToCode(), c.Triggers))],
        paragraph.Strength?.ToCode(),
        paragraph.PrecedentStrength?.ToCode(),
        paragraph.Change?.ToCode());
}
