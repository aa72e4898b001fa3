using System.Buffers;
using System.Numerics;
using Lucene.Net.Search;

namespace Archive.Core.Search;

/// <summary>
/// A set of one segment's documents as bits, its words rented from the shared pool (a fresh set per clause per search
/// would be garbage the size of the segment) and given back on dispose.
/// </summary>
internal sealed class DocSet : IDisposable
{
    private readonly bool _rented;
    private long[]? _words;

    public DocSet(int maxDoc)
    {
        Length = maxDoc;
        WordCount = (maxDoc + 63) >> 6;
        _words = ArrayPool<long>.Shared.Rent(WordCount);
        _rented = true;
        Array.Clear(_words, 0, WordCount);
    }

    private DocSet(long[] words, int maxDoc)
    {
        Length = maxDoc;
        WordCount = (maxDoc + 63) >> 6;
        _words = words;
    }

    /// <summary>One past the largest document the set can hold.</summary>
    public int Length { get; }

    private int WordCount { get; }

    private long[] Words => _words ?? throw new ObjectDisposedException(nameof(DocSet));

    /// <summary>The documents an iterator gives (none when it is null).</summary>
    public static DocSet Of(DocIdSetIterator? iterator, int maxDoc)
    {
        var set = new DocSet(maxDoc);
        for (var doc = iterator?.NextDoc() ?? DocIdSetIterator.NO_MORE_DOCS; doc != DocIdSetIterator.NO_MORE_DOCS; doc = iterator!.NextDoc())
        {
            set.Add(doc);
        }

        return set;
    }

    /// <summary>A set over words another owns and shares (<see cref="SegmentQueryCache"/>): read it, never change it.</summary>
    public static DocSet ReadOnly(long[] words, int maxDoc) => new(words, maxDoc);

    /// <summary>The set's words in a new array of their own.</summary>
    public long[] ToWords() => Words[..WordCount];

    public void Add(int doc) => Words[doc >> 6] |= 1L << doc;

    public bool Contains(int doc) => (Words[doc >> 6] & (1L << doc)) != 0;

    public int Count()
    {
        var count = 0;
        var words = Words;
        for (var i = 0; i < WordCount; i++)
        {
            count += BitOperations.PopCount((ulong)words[i]);
        }

        return count;
    }

    /// <summary>Keeps only the documents <paramref name="other"/> has too.</summary>
    public void IntersectWith(DocSet other)
    {
        var words = Words;
        var others = other.Words;
        for (var i = 0; i < WordCount; i++)
        {
            words[i] &= others[i];
        }
    }

    /// <summary>Adds every document of <paramref name="other"/>.</summary>
    public void UnionWith(DocSet other)
    {
        var words = Words;
        var others = other.Words;
        for (var i = 0; i < WordCount; i++)
        {
            words[i] |= others[i];
        }
    }

    /// <summary>Takes out every document of <paramref name="other"/>.</summary>
    public void ExceptWith(DocSet other)
    {
        var words = Words;
        var others = other.Words;
        for (var i = 0; i < WordCount; i++)
        {
            words[i] &= ~others[i];
        }
    }

    /// <summary>The first document at or after <paramref name="from"/>, or -1.</summary>
    public int NextFrom(int from)
    {
        if (from >= Length)
        {
            return -1;
        }

        var words = Words;
        var index = from >> 6;
        var word = words[index] & (-1L << from);
        while (word == 0)
        {
            if (++index >= WordCount)
            {
                return -1;
            }

            word = words[index];
        }

        return (index << 6) + BitOperations.TrailingZeroCount(word);
    }

    public void Dispose()
    {
        if (_words is { } words)
        {
            _words = null;
            if (_rented)
            {
                ArrayPool<long>.Shared.Return(words);
            }
        }
    }
}
