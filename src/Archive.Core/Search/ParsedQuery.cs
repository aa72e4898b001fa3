namespace Archive.Core.Search;

/// <summary>
/// A query as typed: groups that must all match (each a set of alternatives joined by OR) and items that must not.
/// <c>returns OR repatriation reintegration -smuggling "Bali Process"</c> has three groups and one exclusion.
/// </summary>
public sealed record ParsedQuery(IReadOnlyList<QueryGroup> Groups, IReadOnlyList<QueryItem> Excluded);

/// <summary>Alternatives joined by OR; a group matches when any of them does.</summary>
public sealed record QueryGroup(IReadOnlyList<QueryItem> Alternatives);

/// <summary>A word, or a quoted phrase whose words must stand together in this order.</summary>
public sealed record QueryItem(IReadOnlyList<string> Words, bool IsPhrase)
{
    public string Display => IsPhrase ? $"\"{string.Join(' ', Words)}\"" : Words[0];
}
