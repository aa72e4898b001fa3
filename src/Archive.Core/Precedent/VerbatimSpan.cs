namespace Archive.Core.Precedent;

/// <summary>A run of words shared with agreed text: the draft's own text and characters, and its place in the agreed text (by word).</summary>
/// <param name="Start">First character in the draft.</param>
/// <param name="End">Character after the last one in the draft.</param>
/// <param name="AgreedWord">The word of the agreed text it starts at (0-based).</param>
public sealed record VerbatimSpan(string Text, int WordCount, int Start, int End, int AgreedWord);
