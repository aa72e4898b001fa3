
namespace Archive.Core.Commitments;

/// <summary>A topic of the vocabulary with its label in each language.</summary>
public sealed record Topic(string Id, string English, string Indonesian);
