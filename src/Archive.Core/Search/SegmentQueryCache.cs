using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Core.Search;

/// <summary>
/// The documents of a segment that a query matching without scores matches (a request's filter, a prohibited
/// clause), kept per segment for as long as it is open: most searches filter by language and most exclude the
/// paragraphs that have a counterpart from the learned translations, and reading those postings again for every
/// search was a sixth of a search's time at 120,450 paragraphs. Deleted documents are not taken out here (a segment
/// keeps its core when documents are deleted from it): the scored clauses leave them out.
/// </summary>
internal static class SegmentQueryCache
{
    /// <summary>Queries kept per segment before the oldest are let go (about 15 KB each at 120,000 paragraphs).</summary>
    private const int Kept = 64;

    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<Query, long[]>> Cache = [];

    /// <summary>The documents <paramref name="query"/> matches in the segment, deleted ones included; the set must not be changed.</summary>
    public static DocSet Matches(AtomicReaderContext segment, Query query, Func<AtomicReaderContext, DocIdSetIterator?> read)
    {
        ArgumentNullException.ThrowIfNull(segment);
        var cached = Cache.GetValue(segment.Reader.CoreCacheKey, _ => new ConcurrentDictionary<Query, long[]>());
        if (!cached.TryGetValue(query, out var words))
        {
            using var matches = DocSet.Of(read(segment), segment.Reader.MaxDoc);
            words = matches.ToWords();
            if (cached.Count >= Kept)
            {
                cached.Clear();
            }

            cached[query] = words;
        }

        return DocSet.ReadOnly(words, segment.Reader.MaxDoc);
    }
}
