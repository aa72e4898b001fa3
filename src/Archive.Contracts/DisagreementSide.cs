namespace Archive.Contracts;

/// <summary>How one language version of a clause was read.</summary>
public sealed record DisagreementSide(string Id, string Strength, string? Addressee, string Action);
