using Archive.Core.Analysis;

namespace Archive.Core.Commitments;

/// <summary>
/// TF-IDF cosine over the stemmed words of two clauses (stop words and the words of actors left out), the index's own
/// analysis: "cooperate on voluntary return" and "cooperation on returns" share "cooper" and "return".
/// </summary>
public sealed class LexicalSimilarity(ArchiveAnalyzers analyzers) : ICommitmentSimilarity
{
    private static readonly HashSet<string> Noise = new(StringComparer.Ordinal)
    {
        "minist", "minister", "menteri", "member", "anggota", "they", "mereka", "kami", "we", "also", "juga", "bali", "process",
    };

    private Dictionary<string, Dictionary<string, double>> _vectors = [];

    public void Prepare(IReadOnlyList<Commitment> commitments)
    {
        ArgumentNullException.ThrowIfNull(commitments);
        var terms = commitments.ToDictionary(c => c.Id, c => Terms(c));
        var documentFrequency = terms.Values.SelectMany(t => t.Keys).GroupBy(t => t).ToDictionary(g => g.Key, g => g.Count());
        var total = Math.Max(1, commitments.Count);
        _vectors = terms.ToDictionary(
            t => t.Key,
            t =>
            {
                var weights = t.Value.ToDictionary(p => p.Key, p => p.Value * Math.Log(1 + (total / (double)documentFrequency[p.Key])));
                var norm = Math.Sqrt(weights.Values.Sum(w => w * w));
                return norm == 0 ? weights : weights.ToDictionary(p => p.Key, p => p.Value / norm);
            });
    }

    public double Similarity(Commitment a, Commitment b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (!_vectors.TryGetValue(a.Id, out var x) || !_vectors.TryGetValue(b.Id, out var y))
        {
            return 0;
        }

        var (small, large) = x.Count <= y.Count ? (x, y) : (y, x);
        return small.Sum(p => large.TryGetValue(p.Key, out var w) ? p.Value * w : 0);
    }

    /// <summary>The most distinctive terms of a prepared commitment, highest TF-IDF weight first.</summary>
    public IReadOnlyList<string> TopTermsOf(Commitment commitment, int count) =>
        _vectors.TryGetValue(commitment.Id, out var vector) ? [.. vector.OrderByDescending(p => p.Value).Take(count).Select(p => p.Key)] : [];

    /// <summary>The words two clauses share, strongest first, as link evidence.</summary>
    public IReadOnlyList<string> SharedTerms(Commitment a, Commitment b, int max = 8)
    {
        if (!_vectors.TryGetValue(a.Id, out var x) || !_vectors.TryGetValue(b.Id, out var y))
        {
            return [];
        }

        return [.. x.Keys.Intersect(y.Keys).OrderByDescending(t => x[t] * y[t]).Take(max)];
    }

    /// <summary>Stemmed words two clauses share, in the order of the first, without weights (no preparation needed).</summary>
    public IReadOnlyList<string> CommonStems(Commitment a, Commitment b, int max = 8)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var other = Terms(b);
        return [.. Terms(a).Keys.Where(other.ContainsKey).Take(max)];
    }

    private Dictionary<string, int> Terms(Commitment commitment)
    {
        return ArchiveAnalyzers.Tokens(analyzers.For(commitment.Language), "commitment", commitment.Action)
            .Where(t => t.Length > 2 && !Noise.Contains(t) && !t.All(char.IsDigit))
            .GroupBy(t => t)
            .ToDictionary(g => g.Key, g => g.Count());
    }
}
