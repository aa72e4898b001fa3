namespace Archive.Contracts;

/// <summary>A topic of a clause and the words that showed it.</summary>
public sealed record TopicMatchResponse(string Id, string Label, IReadOnlyList<string> Words);
