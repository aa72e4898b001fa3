namespace Archive.Core.Search;

/// <summary>A hit to mark: its paragraph's text, the field of that text, and the clauses that matched it.</summary>
internal sealed record MarkRequest(int Doc, string Text, string OwnTextField, IEnumerable<TaggedClause> Matched);
