namespace Archive.Core.Search;

/// <summary>One reason a paragraph matched.</summary>
/// <param name="Term">The query word or phrase (or the glossary translation) that matched.</param>
/// <param name="QueryTerm">The word or phrase the user typed that it stands for.</param>
/// <param name="Source">Typed, or a glossary translation of what was typed.</param>
/// <param name="Via">The paragraph's own text (stemmed or word for word) or the text of its translation.</param>
/// <param name="Score">This clause's contribution to the score (BM25).</param>
public sealed record MatchedClause(string Term, string QueryTerm, MatchSource Source, MatchVia Via, double Score);
