using Lucene.Net.Search;

namespace Archive.Core.Search;

/// <summary>A leaf of the Lucene query with what it stands for, so a hit can say why it matched.</summary>
/// <param name="Field">The index field it searches.</param>
/// <param name="Terms">The analysed terms it looks for in that field (to highlight them).</param>
/// <param name="Positions">Each term's position within a phrase (gaps where stop words were); one term: [0].</param>
internal sealed record TaggedClause(Query Query, string Field, IReadOnlyList<string> Terms, IReadOnlyList<int> Positions, string Term, string QueryTerm, MatchSource Source, MatchVia Via);
