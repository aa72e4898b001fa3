namespace Archive.Contracts;

/// <summary>The scores behind a hit's rank; null where that ranking was not used or did not place the hit.</summary>
/// <param name="Lexical">BM25 score.</param>
/// <param name="LexicalRank">Rank among the lexical matches (1 = best).</param>
/// <param name="Semantic">Cosine similarity of the paragraph's embedding and the query's.</param>
/// <param name="SemanticRank">Rank by cosine among the paragraphs close enough to count as matches.</param>
public sealed record ScoresResponse(double? Lexical, int? LexicalRank, double? Semantic, int? SemanticRank);
