namespace Archive.Contracts;

/// <summary>An operative clause with its provenance, strength, topics and place in its lineage.</summary>
/// <param name="Paragraph">The printed number of the paragraph it stands in (null when unnumbered).</param>
/// <param name="Action">The clause exactly as written.</param>
/// <param name="Triggers">The words that set its strength.</param>
/// <param name="Span">Where <paramref name="Action"/> stands in the paragraph's text (UTF-16 offsets), the evidence of its strength with the triggers.</param>
/// <param name="StrengthFrom">When the paragraph's own words set no strength: the counterpart clause (other language) whose reading it takes.</param>
/// <param name="Meeting">The meeting its document comes from; null when the document has neither a conference nor a date.</param>
/// <param name="Status">Its step in the lineage: new, reaffirmed, strengthened or weakened.</param>
/// <param name="DroppedAfter">When its lineage ends before the archive's latest meeting: the meeting it was last seen at.</param>
/// <param name="Parts">The sub-items of a lead-in ("Ministers agreed to:" then "(a) …") that are parts of this clause, as written; empty for a clause in one sentence.</param>
public sealed record CommitmentResponse(
    string Id,
    string ParagraphId,
    string DocumentId,
    string Source,
    string? Paragraph,
    string Language,
    int? Conference,
    string? Date,
    MeetingResponse? Meeting,
    bool Sample,
    string Citation,
    string Actor,
    string? Addressee,
    string Strength,
    string Triggers,
    IReadOnlyList<TopicMatchResponse> Topics,
    string? TimeFrame,
    string Action,
    ClauseSpanResponse Span,
    string? StrengthFrom,
    string? LineageId,
    string? Status,
    MeetingResponse? DroppedAfter,
    string Permalink,
    IReadOnlyList<string> Parts);
