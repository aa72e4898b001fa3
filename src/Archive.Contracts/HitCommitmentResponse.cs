namespace Archive.Contracts;

/// <summary>A commitment as a search hit shows it.</summary>
public sealed record HitCommitmentResponse(string Id, string Strength, IReadOnlyList<string> Topics, string? LineageId, string? Status);
