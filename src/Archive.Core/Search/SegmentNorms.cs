using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace Archive.Core.Search;

/// <summary>
/// A segment's norms of a field as one byte per document, read once per segment for as long as it is open: Lucene
/// keeps them packed, and unpacking a document's norm through its reader cost more than the rest of scoring a posting
/// when a search scores every posting of its terms (<see cref="AccumulatedSearch"/>). A byte a document per text field.
/// </summary>
internal static class SegmentNorms
{
    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<string, byte[]?>> Cache = [];

    /// <summary>The field's norm byte of every document, null when the field keeps no norms.</summary>
    public static byte[]? Of(AtomicReader reader, string field)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return Cache.GetValue(reader.CoreCacheKey, _ => new ConcurrentDictionary<string, byte[]?>(StringComparer.Ordinal))
            .GetOrAdd(field, Read, reader);
    }

    private static byte[]? Read(string field, AtomicReader reader)
    {
        if (reader.GetNormValues(field) is not { } norms)
        {
            return null;
        }

        var bytes = new byte[reader.MaxDoc];
        for (var doc = 0; doc < bytes.Length; doc++)
        {
            bytes[doc] = (byte)norms.Get(doc);
        }

        return bytes;
    }
}
