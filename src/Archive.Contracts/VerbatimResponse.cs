namespace Archive.Contracts;

/// <summary>Words shared verbatim with agreed text.</summary>
public sealed record VerbatimResponse(string Text, int Words, int Start, int End);
