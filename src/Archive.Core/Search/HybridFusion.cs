using Lucene.Net.Search;

namespace Archive.Core.Search;

/// <summary>
/// Ranks hybrid search's candidates (the lexical and the semantic top) by reciprocal rank fusion: 1/(60 + rank) from
/// each list, the semantic one weighted by how far the embedding model can judge the query, with meaning counted
/// only where the model can compare the texts:
/// <list type="bullet">
/// <item>The semantic list weighs <see cref="ArchiveSearch.SemanticWeight"/> times the share of the query's words the
/// model could read (an English-only model cannot read an Indonesian word the pivot had no English for); a query it
/// could read none of is ranked by its words alone.</item>
/// <item>A paragraph the model cannot compare with the query (Indonesian with no English counterpart, under an
/// English-only model) keeps the place its words give it: its semantic rank is taken to be its lexical rank.</item>
/// <item>A quoted phrase asks for wording, which meaning cannot check: the lexical matches keep their lexical order,
/// scoring 1 + 1/(60 + rank), and the paragraphs found by meaning alone follow them.</item>
/// </list>
/// Ranks, not scores, so BM25's and the cosine's scales need no calibration, and a paragraph high in both lists beats
/// one high in only one.
/// </summary>
internal static class HybridFusion
{
    // The usual constant of reciprocal rank fusion: it keeps the first few ranks from dominating.
    private const double FusionK = 60;

    /// <param name="lexical">The lexical candidates, best first.</param>
    /// <param name="shares">The share of the query's words each lexical candidate has, when the search was relaxed (it
    /// counts by that share); null when every candidate has them all.</param>
    /// <param name="semantic">The semantic candidates, closest first.</param>
    /// <param name="semanticWeight">The semantic list's weight, 0 to <see cref="ArchiveSearch.SemanticWeight"/>.</param>
    /// <param name="phrase">Whether the query has a quoted phrase.</param>
    /// <param name="blind">The lexical candidates the model cannot compare with the query.</param>
    /// <param name="cosine">A candidate's cosine with the query, reported beside its rank; null when there is none.</param>
    public static List<RankedDoc> Rank(
        IReadOnlyList<ScoreDoc> lexical,
        Dictionary<int, double>? shares,
        IReadOnlyList<(int Doc, double Cosine, int Rank)> semantic,
        double semanticWeight,
        bool phrase,
        IReadOnlySet<int> blind,
        Func<int, double?> cosine)
    {
        var lexicalRanks = lexical.Select((d, i) => (d.Doc, Score: RankedDoc.ScoreOf(d), Rank: i + 1)).ToDictionary(l => l.Doc);
        var semanticRanks = semantic.ToDictionary(m => m.Doc);
        var ranked = lexicalRanks.Keys.Union(semanticRanks.Keys).Select(doc =>
        {
            var inLexical = lexicalRanks.TryGetValue(doc, out var l);
            var inSemantic = semanticRanks.TryGetValue(doc, out var m);
            var words = inLexical ? (shares?.GetValueOrDefault(doc) ?? 1) / (FusionK + l.Rank) : 0;
            var meaning = blind.Contains(doc) ? words : inSemantic ? 1 / (FusionK + m.Rank) : 0;
            var score = phrase
                ? (inLexical ? 1 + (1 / (FusionK + l.Rank)) : semanticWeight * meaning)
                : ((1 - semanticWeight) * words) + (semanticWeight * meaning);
            var scores = new HitScores(inLexical ? l.Score : null, inLexical ? l.Rank : null, inSemantic ? m.Cosine : cosine(doc), inSemantic ? m.Rank : null);
            return new RankedDoc(doc, score, scores);
        });
        return [.. ranked
            .OrderByDescending(r => r.Score)
            .ThenBy(r => r.Scores.LexicalRank ?? int.MaxValue)];
    }
}
