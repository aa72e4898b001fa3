namespace Archive.Core.Tests.Search;

/// <summary>nDCG@k with graded gains (2^grade − 1) and MRR (reciprocal rank of the first judged paragraph in the top k).</summary>
internal static class RankingMetrics
{
    public const int K = 10;

    public static double Ndcg(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> judgments)
    {
        var dcg = ranked.Take(K).Select((id, i) => Gain(judgments.GetValueOrDefault(id)) / Math.Log2(i + 2)).Sum();
        var ideal = judgments.Values.OrderDescending().Take(K).Select((g, i) => Gain(g) / Math.Log2(i + 2)).Sum();
        return ideal == 0 ? 0 : dcg / ideal;
    }

    public static double ReciprocalRank(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> judgments)
    {
        var rank = ranked.Take(K).ToList().FindIndex(id => judgments.GetValueOrDefault(id) > 0);
        return rank < 0 ? 0 : 1.0 / (rank + 1);
    }

    private static double Gain(int grade) => Math.Pow(2, grade) - 1;
}
