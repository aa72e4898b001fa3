using Lucene.Net.Search;

namespace Archive.Core.Search;

/// <summary>A Lucene document at its final rank, with the scores that put it there.</summary>
internal sealed record RankedDoc(int Doc, double Score, HitScores Scores)
{
    /// <summary>A Lucene score as a rank score: a NaN (no score computed) counts as 0.</summary>
    public static double ScoreOf(ScoreDoc doc) => float.IsNaN(doc.Score) ? 0 : doc.Score;
}
