namespace Archive.Contracts;

/// <summary>How many matches have a value.</summary>
public sealed record FacetResponse(string Value, int Count);
