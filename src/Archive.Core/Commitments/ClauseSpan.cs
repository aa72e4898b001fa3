namespace Archive.Core.Commitments;

/// <summary>Where a clause stands in its paragraph's text: the evidence of its strength beside its trigger words.</summary>
public sealed record ClauseSpan(int Start, int Length);
