namespace Archive.Contracts;

/// <summary>How much of a draft is agreed language.</summary>
/// <param name="Verbatim">Paragraphs that are an agreed paragraph word for word.</param>
/// <param name="Edited">Paragraphs changed from an agreed one.</param>
/// <param name="New">Paragraphs no agreed one is close to.</param>
/// <param name="Skipped">Paragraphs too short to compare, or too long to be one paragraph.</param>
/// <param name="Weakened">Paragraphs whose commitment binds less than their source's.</param>
public sealed record DraftSummaryResponse(int Paragraphs, int Verbatim, int Edited, int New, int Skipped, int Weakened);
