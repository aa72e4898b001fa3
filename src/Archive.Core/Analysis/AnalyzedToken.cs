namespace Archive.Core.Analysis;

/// <summary>A token an analyzer produced: its term, its position and where it stands in the text.</summary>
public sealed record AnalyzedToken(string Term, int Position, int StartOffset, int EndOffset);
