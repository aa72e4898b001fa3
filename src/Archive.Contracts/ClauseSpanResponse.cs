namespace Archive.Contracts;

/// <summary>A stretch of a paragraph's text: its first character and its length.</summary>
public sealed record ClauseSpanResponse(int Start, int Length);
