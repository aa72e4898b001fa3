namespace Archive.Core.Precedent;

/// <summary>Words the draft keeps, drops or adds, as text.</summary>
public sealed record DiffRun(DiffOperation Operation, string Text, int WordCount);
