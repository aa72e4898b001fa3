namespace Archive.Contracts;

/// <summary>A topic of the vocabulary with its labels and how many commitments have it, per language.</summary>
public sealed record TopicResponse(string Id, string English, string Indonesian, int CommitmentsEn, int CommitmentsId);
