
namespace Archive.Core.Precedent;

/// <summary>A word or punctuation mark, where it stands in its text, and the key it is compared by.</summary>
public sealed record WordToken(string Text, string Key, int Start, int Length, bool IsWord);
