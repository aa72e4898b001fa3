namespace Archive.Core.Commitments;

/// <summary>A topic found in a clause and the words that showed it.</summary>
public sealed record TopicMatch(string Topic, IReadOnlyList<string> Words);
