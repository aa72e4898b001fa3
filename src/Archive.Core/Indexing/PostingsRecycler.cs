using Lucene.Net.Index;

namespace Archive.Core.Indexing;

/// <summary>
/// One open generation's postings enumerations, kept for the next search. Lucene allocates about 2 KB of buffers for
/// every term scorer it opens, and a search opens some hundred (its strict and relaxed passes, why each hit matched),
/// and some 4 KB for each term whose offsets mark the hits: garbage that kept two searches at once from running twice
/// as fast as one. A search borrows through its lease (<see cref="PostingsLoans"/>) and gives everything back when the
/// lease ends, after its last scorer.
/// </summary>
internal sealed class PostingsRecycler
{
    // More than the largest query opens for one field in one segment: the pool never grows past what searches use.
    private const int KeptPerField = 64;

    private readonly Lock _gate = new();
    private readonly Dictionary<(int Segment, string Field, bool Positions), Stack<DocsEnum>> _free = [];

    /// <summary>An enumeration a finished search used in this segment and field, with positions or without, or null.</summary>
    public DocsEnum? Take(int segment, string field, bool positions)
    {
        lock (_gate)
        {
            return _free.TryGetValue((segment, field, positions), out var free) && free.TryPop(out var docs) ? docs : null;
        }
    }

    public void Return(IEnumerable<(int Segment, string Field, DocsEnum Docs)> used)
    {
        lock (_gate)
        {
            foreach (var (segment, field, docs) in used)
            {
                var key = (segment, field, docs is DocsAndPositionsEnum);
                if (!_free.TryGetValue(key, out var free))
                {
                    _free[key] = free = new Stack<DocsEnum>();
                }

                if (free.Count < KeptPerField)
                {
                    free.Push(docs);
                }
            }
        }
    }
}
