namespace Archive.Core.Search;

/// <summary>Alternatives joined by OR; a group matches when any of them does.</summary>
public sealed record QueryGroup(IReadOnlyList<QueryItem> Alternatives);
