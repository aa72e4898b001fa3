using Archive.Core.Commitments;
using Archive.Core.Precedent;

namespace Archive.Core.Drafts;

/// <summary>One draft paragraph checked against agreed text.</summary>
/// <param name="Ordinal">1-based position in the draft.</param>
/// <param name="Precedents">The closest agreed paragraphs, closest first, each with its diff, verbatim spans and counterpart.</param>
/// <param name="Commitments">What the draft paragraph would commit to, and how strongly.</param>
/// <param name="PrecedentCommitments">What the first precedent committed to, for an edited or verbatim paragraph.</param>
/// <param name="Change">The strongest commitment's strength against the precedent's; null for a new or skipped paragraph.</param>
/// <param name="Note">Why a paragraph was skipped.</param>
public sealed record DraftParagraphReview(
    int Ordinal,
    DraftParagraph Paragraph,
    DraftStatus Status,
    IReadOnlyList<PrecedentMatch> Precedents,
    IReadOnlyList<Commitment> Commitments,
    IReadOnlyList<Commitment> PrecedentCommitments,
    StrengthChange? Change,
    string? Note = null);
