namespace Archive.Api.Tests.Reliability;

/// <summary>Ids the served archive really has, read from it before fuzzing, so fuzzed ids start from real ones.</summary>
public sealed record KnownIds(IReadOnlyList<string> Documents, IReadOnlyList<string> Paragraphs, IReadOnlyList<string> Commitments);
