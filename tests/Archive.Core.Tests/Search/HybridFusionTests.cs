using Archive.Core.Search;
using Lucene.Net.Search;

namespace Archive.Core.Tests.Search;

/// <summary>Hybrid ranking's rules, on made-up candidate lists (Lucene document numbers).</summary>
public sealed class HybridFusionTests
{
    private static readonly HashSet<int> NoneBlind = [];

    [Fact]
    public void Rank_BothLists_PutsAParagraphHighInBothFirst()
    {
        var ranked = Rank(lexical: [1, 2, 3], semantic: [3, 4, 1], semanticWeight: ArchiveSearch.SemanticWeight);

        Assert.Equal([1, 3, 2, 4], ranked);
    }

    [Fact]
    public void Rank_QueryTheModelCouldNotRead_KeepsTheLexicalOrder()
    {
        var ranked = Rank(lexical: [1, 2, 3], semantic: [], semanticWeight: 0);

        Assert.Equal([1, 2, 3], ranked);
    }

    [Fact]
    public void Rank_Phrase_KeepsTheLexicalMatchesInOrderAheadOfMeaningAlone()
    {
        var ranked = Rank(lexical: [1, 2, 3], semantic: [4, 3, 5, 2], semanticWeight: ArchiveSearch.SemanticWeight, phrase: true);

        Assert.Equal([1, 2, 3, 4, 5], ranked);
    }

    [Fact]
    public void Rank_ParagraphTheModelCannotCompare_KeepsItsLexicalPlace()
    {
        // 2 is second lexically and an untranslated Indonesian paragraph, so it is in no semantic list.
        var blind = Rank(lexical: [1, 2, 3, 4], semantic: [4, 1, 5], semanticWeight: ArchiveSearch.SemanticWeight, blind: [2]);
        var penalised = Rank(lexical: [1, 2, 3, 4], semantic: [4, 1, 5], semanticWeight: ArchiveSearch.SemanticWeight);

        Assert.Equal([1, 2, 4, 3, 5], blind);
        Assert.Equal([1, 4, 2, 3, 5], penalised);
    }

    [Fact]
    public void Rank_ReportsEachCandidatesRanksAndCosine()
    {
        var ranked = HybridFusion.Rank(Docs(1, 2), null, [(2, 0.8, 1), (5, 0.6, 2)], ArchiveSearch.SemanticWeight, false, NoneBlind, doc => doc * 0.1);

        Assert.Equal(new HitScores(10, 1, 0.1, null), ranked.Single(r => r.Doc == 1).Scores);
        Assert.Equal(new HitScores(9, 2, 0.8, 1), ranked.Single(r => r.Doc == 2).Scores);
        Assert.Equal(new HitScores(null, null, 0.6, 2), ranked.Single(r => r.Doc == 5).Scores);
    }

    private static List<int> Rank(int[] lexical, int[] semantic, double semanticWeight, bool phrase = false, HashSet<int>? blind = null) =>
        [.. HybridFusion.Rank(Docs(lexical), null, [.. semantic.Select((doc, i) => (doc, 0.9 - (i * 0.1), i + 1))], semanticWeight, phrase, blind ?? NoneBlind, _ => null)
            .Select(r => r.Doc)];

    // BM25 scores falling with the rank: 10, 9, 8, ...
    private static ScoreDoc[] Docs(params int[] docs) => [.. docs.Select((doc, i) => new ScoreDoc(doc, 10 - i))];
}
