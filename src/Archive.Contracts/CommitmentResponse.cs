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

/// <summary>A stretch of a paragraph's text: its first character and its length.</summary>
public sealed record ClauseSpanResponse(int Start, int Length);

/// <summary>A topic of a clause and the words that showed it.</summary>
public sealed record TopicMatchResponse(string Id, string Label, IReadOnlyList<string> Words);

/// <summary>A page of commitments.</summary>
public sealed record CommitmentListResponse(int Total, int Offset, int K, IReadOnlyList<CommitmentResponse> Commitments);

/// <summary>One commitment with its whole lineage as a timeline.</summary>
public sealed record CommitmentDetailResponse(CommitmentResponse Commitment, LineageResponse? Lineage);

/// <summary>A lineage: its steps across meetings, oldest first, at most one per meeting.</summary>
/// <param name="DroppedAfter">The meeting it was last seen at, when the archive holds a later one.</param>
public sealed record LineageResponse(string Id, MeetingResponse? DroppedAfter, IReadOnlyList<LineageStepResponse> Steps);

/// <summary>One step of a lineage: the meeting it comes from, and the evidence that links it to the step before.</summary>
public sealed record LineageStepResponse(
    string CommitmentId,
    string ParagraphId,
    MeetingResponse Meeting,
    int? Conference,
    string? Date,
    string Strength,
    string Status,
    string Action,
    string Citation,
    double? Similarity,
    IReadOnlyList<string> SharedTerms,
    string Permalink);

/// <summary>A topic of the vocabulary with its labels and how many commitments have it, per language.</summary>
public sealed record TopicResponse(string Id, string English, string Indonesian, int CommitmentsEn, int CommitmentsId);

/// <summary>A commitment as a search hit shows it.</summary>
public sealed record HitCommitmentResponse(string Id, string Strength, IReadOnlyList<string> Topics, string? LineageId, string? Status);

/// <summary>The English and Indonesian versions of one clause, read differently.</summary>
public sealed record DisagreementResponse(DisagreementSide English, DisagreementSide Indonesian);

/// <summary>How one language version of a clause was read.</summary>
public sealed record DisagreementSide(string Id, string Strength, string? Addressee, string Action);

/// <summary>A body commitments can task or encourage (the <c>addressee</c> filter of <c>/api/commitments</c>).</summary>
public sealed record AddresseeResponse(string Id, string English, string Indonesian);
