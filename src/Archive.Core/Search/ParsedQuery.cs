namespace Archive.Core.Search;

/// <summary>
/// A query as typed: groups that must all match (each a set of alternatives joined by OR) and items that must not.
/// <c>returns OR repatriation reintegration -smuggling "Bali Process"</c> has three groups and one exclusion.
/// </summary>
public sealed record ParsedQuery(IReadOnlyList<QueryGroup> Groups, IReadOnlyList<QueryItem> Excluded);
