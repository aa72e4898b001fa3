namespace Archive.Core.Search;

/// <summary>How many matches have a value.</summary>
public sealed record FacetCount(string Value, int Count);
