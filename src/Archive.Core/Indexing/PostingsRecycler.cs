using Lucene.Net.Index;

namespace Archive.Core.Indexing;

/// <summary>
/// One open generation's postings enumerations, kept for the next search. Lucene allocates about 2 KB of buffers for
/// every term scorer it opens, and a search opens some hundred (its strict and relaxed passes, why each hit matched),
/// and some 4 KB for each term whose offsets mark the hits: garbage that kept two searches at once from running twice
/// as fast as one. A search borrows through its lease (<see cref="PostingsLoans"/>) and gives everything back when the
/// lease ends, after its last scorer. The terms enumerations the postings are opened from are kept the same way: each
/// grows frames and buffers as it seeks, some 3 KB a field, and a search opens one per field and segment twice.
/// </summary>
internal sealed class PostingsRecycler
{
    // More than the largest query opens for one field in one segment: the pool never grows past what searches use.
    private const int KeptPerField = 64;

    private readonly Lock _gate = new();
    private readonly Dictionary<(int Segment, string Field, bool Positions), Stack<DocsEnum>> _free = [];
    private readonly Dictionary<(int Segment, string Field), Stack<TermsEnum>> _freeTerms = [];

    /// <summary>An enumeration a finished search used in this segment and field, with positions or without, or null.</summary>
    public DocsEnum? Take(int segment, string field, bool positions)
    {
        lock (_gate)
        {
            return _free.TryGetValue((segment, field, positions), out var free) && free.TryPop(out var docs) ? docs : null;
        }
    }

    /// <summary>A terms enumeration a finished search used in this segment and field, or null.</summary>
    public TermsEnum? TakeTerms(int segment, string field)
    {
        lock (_gate)
        {
            return _freeTerms.TryGetValue((segment, field), out var free) && free.TryPop(out var terms) ? terms : null;
        }
    }

    public void Return(IEnumerable<(int Segment, string Field, DocsEnum Docs)> used, IEnumerable<(int Segment, string Field, TermsEnum Terms)> usedTerms)
    {
        lock (_gate)
        {
            foreach (var (segment, field, docs) in used)
            {
                Keep(_free, (segment, field, docs is DocsAndPositionsEnum), docs);
            }

            foreach (var (segment, field, terms) in usedTerms)
            {
                Keep(_freeTerms, (segment, field), terms);
            }
        }
    }

    private static void Keep<TKey, T>(Dictionary<TKey, Stack<T>> pool, TKey key, T item)
        where TKey : notnull
    {
        if (!pool.TryGetValue(key, out var free))
        {
            pool[key] = free = new Stack<T>();
        }

        if (free.Count < KeptPerField)
        {
            free.Push(item);
        }
    }
}
