namespace Archive.Core.Search;

/// <summary>
/// The best <c>n</c> documents by score offered one by one, ties going to the earlier document as in Lucene's
/// collector. A document that cannot enter the full set is compared with its least before any heap work: most
/// matches of a broad query cannot.
/// </summary>
internal sealed class BestDocuments(int n)
{
    private readonly PriorityQueue<int, (float Score, int NegativeDoc)> _best = new(n + 1);

    /// <param name="doc">Index-wide document number.</param>
    public void Offer(int doc, float score)
    {
        if (_best.Count < n)
        {
            _best.Enqueue(doc, (score, -doc));
        }
        else if (_best.TryPeek(out _, out var least) && (score, -doc).CompareTo(least) > 0)
        {
            _best.EnqueueDequeue(doc, (score, -doc));
        }
    }

    /// <summary>The documents kept, best first; the set is empty afterwards.</summary>
    public List<(int Doc, float Score)> TakeBestFirst()
    {
        var best = new List<(int Doc, float Score)>(_best.Count);
        while (_best.TryDequeue(out var doc, out var priority))
        {
            best.Add((doc, priority.Score));
        }

        best.Reverse();
        return best;
    }
}
