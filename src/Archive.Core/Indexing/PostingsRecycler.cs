using Lucene.Net.Index;

namespace Archive.Core.Indexing;

/// <summary>
/// One open generation's postings enumerations, kept for the next search. Lucene allocates about 2 KB of buffers for
/// every term scorer it opens, and a search opens some hundred (its strict and relaxed passes, why each hit matched):
/// most of what a search allocated, and the garbage that made two searches at once barely faster than one. A search
/// borrows through its lease (<see cref="PostingsLoans"/>) and gives everything back when the lease ends, after its
/// last scorer.
/// </summary>
internal sealed class PostingsRecycler
{
    // More than the largest query opens for one field in one segment: the pool never grows past what searches use.
    private const int KeptPerField = 64;

    private readonly Lock _gate = new();
    private readonly Dictionary<(int Segment, string Field), Stack<DocsEnum>> _free = [];

    /// <summary>An enumeration a finished search used in this segment and field, or null.</summary>
    public DocsEnum? Take(int segment, string field)
    {
        lock (_gate)
        {
            return _free.TryGetValue((segment, field), out var free) && free.TryPop(out var docs) ? docs : null;
        }
    }

    public void Return(IEnumerable<(int Segment, string Field, DocsEnum Docs)> used)
    {
        lock (_gate)
        {
            foreach (var (segment, field, docs) in used)
            {
                if (!_free.TryGetValue((segment, field), out var free))
                {
                    _free[(segment, field)] = free = new Stack<DocsEnum>();
                }

                if (free.Count < KeptPerField)
                {
                    free.Push(docs);
                }
            }
        }
    }
}
