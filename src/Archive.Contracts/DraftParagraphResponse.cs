namespace Archive.Contracts;

/// <summary>One draft paragraph checked against agreed text.</summary>
/// <param name="Ordinal">1-based position in the draft.</param>
/// <param name="Number">The number the paragraph carries in the draft (Word's list number or a typed one), if any.</param>
/// <param name="Status">verbatim (an agreed paragraph word for word), edited (changed from the first precedent), new, or skipped.</param>
/// <param name="Note">Why the paragraph was skipped.</param>
/// <param name="Precedents">The closest agreed paragraphs, the source first, each with its diff, verbatim spans and agreed wording in the other language (counterpart).</param>
/// <param name="Commitments">What the draft paragraph would commit to, and how strongly.</param>
/// <param name="Strength">The strongest of the draft paragraph's commitments, if it makes any.</param>
/// <param name="PrecedentStrength">The strongest commitment of the source paragraph, for an edited or verbatim one.</param>
/// <param name="StrengthChange">same, weakened, strengthened, dropped or added, against the source; null for a new or skipped paragraph.</param>
public sealed record DraftParagraphResponse(
    int Ordinal,
    string? Number,
    string Text,
    string Status,
    string? Note,
    IReadOnlyList<PrecedentHitResponse> Precedents,
    IReadOnlyList<DraftCommitmentResponse> Commitments,
    string? Strength,
    string? PrecedentStrength,
    string? StrengthChange);
