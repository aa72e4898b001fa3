namespace Archive.Contracts;

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
