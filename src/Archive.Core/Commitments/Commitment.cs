using Archive.Core.Documents;

namespace Archive.Core.Commitments;

/// <summary>One operative clause of a paragraph: who undertakes what, how strongly, about what, and by when.</summary>
/// <param name="Id">Stable id: the paragraph id and the clause's number in it, e.g. <c>bpmc6-2016-cochairs-en/p5/c1</c>.</param>
/// <param name="Actor">Who commits: "ministers", "co-chairs", "members", "senior-officials" or a body's id.</param>
/// <param name="Addressee">The body or group tasked or encouraged, by id (see addressees.tsv), or null.</param>
/// <param name="Action">The clause itself, exactly as written.</param>
/// <param name="Triggers">The words that set its strength, as written ("tasked", "sepakat untuk").</param>
/// <param name="Topics">Topic ids with the words that matched each.</param>
/// <param name="TimeFrame">A deadline or period the clause names ("by 2025", "before the next Ministerial Conference").</param>
/// <param name="Span">Where the clause stands in the paragraph's text.</param>
/// <param name="StrengthFrom">
/// When no clause was read in this paragraph's own words, the counterpart clause (the other language's version) whose
/// strength, actor and addressee it takes; null when its own triggers set them.
/// </param>
/// <param name="Parts">
/// The sub-items of a lead-in ("Ministers agreed to:" then "(a) …", "(b) …") that have no verb of their own: parts
/// of this one clause, whose action runs from the lead-in to the last of them. Empty for a clause in one sentence.
/// </param>
/// <param name="Meeting">The meeting its document comes from (set by the catalog); null when the document has neither a conference nor a date.</param>
public sealed record Commitment(
    string Id,
    string ParagraphId,
    string DocumentId,
    DocumentType DocumentType,
    DocumentLanguage Language,
    int? Conference,
    PartialDate? Date,
    string Actor,
    string? Addressee,
    string Action,
    CommitmentStrength Strength,
    string Triggers,
    IReadOnlyList<TopicMatch> Topics,
    string? TimeFrame,
    ClauseSpan Span,
    string? StrengthFrom = null,
    IReadOnlyList<string>? Parts = null,
    Meeting? Meeting = null)
{
    /// <summary>The sub-items of a lead-in that are parts of this clause; empty when it has none.</summary>
    public IReadOnlyList<string> Parts { get; init; } = Parts ?? [];
}
