using Archive.Core.Commitments;
using Archive.Core.Precedent;

namespace Archive.Core.Drafts;

/// <summary>One draft paragraph checked against agreed text.</summary>
/// <param name="Ordinal">1-based position in the draft.</param>
/// <param name="Precedents">The closest agreed paragraphs, closest first, each with its diff, verbatim spans and counterpart.</param>
/// <param name="Commitments">What the draft paragraph would commit to, and how strongly.</param>
/// <param name="PrecedentCommitments">What the first precedent committed to, for an edited or verbatim paragraph.</param>
/// <param name="Note">Why a paragraph was skipped.</param>
public sealed record DraftParagraphReview(
    int Ordinal,
    DraftParagraph Paragraph,
    DraftStatus Status,
    IReadOnlyList<PrecedentMatch> Precedents,
    IReadOnlyList<Commitment> Commitments,
    IReadOnlyList<Commitment> PrecedentCommitments,
    string? Note = null)
{
    /// <summary>The strongest of the draft paragraph's commitments; null when it makes none.</summary>
    public CommitmentStrength? Strength => Strongest(Commitments);

    /// <summary>The strongest of the source's commitments; null when it makes none or there is no source.</summary>
    public CommitmentStrength? PrecedentStrength => Strongest(PrecedentCommitments);

    /// <summary>The strongest commitment's strength against the source's; null for a new or skipped paragraph, or when neither commits.</summary>
    public StrengthChange? Change => Status is not (DraftStatus.Verbatim or DraftStatus.Edited) ? null : (Strength, PrecedentStrength) switch
    {
        (null, null) => null,
        (null, _) => StrengthChange.Dropped,
        (_, null) => StrengthChange.Added,
        var (draft, source) when draft < source => StrengthChange.Weakened,
        var (draft, source) when draft > source => StrengthChange.Strengthened,
        _ => StrengthChange.Same,
    };

    private static CommitmentStrength? Strongest(IReadOnlyList<Commitment> commitments) =>
        commitments.Count == 0 ? null : commitments.Max(c => c.Strength);
}
