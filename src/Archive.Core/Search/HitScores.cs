namespace Archive.Core.Search;

/// <summary>
/// What made a hit's rank: its lexical score (BM25) and rank among the lexical matches, its cosine similarity to the
/// query and rank by it, each null where that ranking was not used.
/// </summary>
public sealed record HitScores(double? Lexical, int? LexicalRank, double? Semantic, int? SemanticRank)
{
    public static HitScores LexicalOnly(double score, int rank) => new(score, rank, null, null);
}
