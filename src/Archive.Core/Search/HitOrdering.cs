using Archive.Core.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Archive.Core.Search;

/// <summary>
/// How hits are put in order after they are found, for every mode: by date (newest or oldest, then by paragraph
/// order), and collapsed to the first hit of each archive document. Documents are told apart by doc values, so no
/// stored field is loaded for thousands of candidates. Works on Lucene document numbers of one reader.
/// </summary>
internal static class HitOrdering
{
    /// <summary>The first hit of each archive document, in the order given.</summary>
    public static IEnumerable<T> FirstPerDocument<T>(IndexReader reader, IEnumerable<T> hits, Func<T, int> luceneDoc)
    {
        var documents = MultiDocValues.GetSortedValues(reader, IndexFields.DocumentId);
        var seen = new HashSet<int>();
        return hits.Where(h => seen.Add(documents.GetOrd(luceneDoc(h))));
    }

    /// <summary>How many archive documents the matches fall in.</summary>
    public static int DistinctDocuments(IndexReader reader, FixedBitSet matches)
    {
        var documents = MultiDocValues.GetSortedValues(reader, IndexFields.DocumentId);
        return LuceneDocs(matches).Select(documents.GetOrd).Distinct().Count();
    }

    /// <summary>The same date order for a collector that sorts while it collects.</summary>
    public static Sort DateSort(SearchSort sort) => new(
        new SortField(IndexFields.DateSort, SortFieldType.INT64, reverse: sort == SearchSort.Newest),
        new SortField(IndexFields.Ordinal, SortFieldType.INT64));

    /// <summary>The Lucene documents by the date of their archive document (then in paragraph order).</summary>
    public static List<int> ByDate(IndexReader reader, IEnumerable<int> docs, SearchSort sort)
    {
        var dates = MultiDocValues.GetNumericValues(reader, IndexFields.DateSort);
        var ordinals = MultiDocValues.GetNumericValues(reader, IndexFields.Ordinal);
        var byDate = sort == SearchSort.Newest ? docs.OrderByDescending(dates.Get) : docs.OrderBy(dates.Get);
        return [.. byDate.ThenBy(ordinals.Get)];
    }

    /// <summary>The Lucene document numbers set in a bit set, in order.</summary>
    public static IEnumerable<int> LuceneDocs(FixedBitSet set)
    {
        for (var doc = set.NextSetBit(0); doc >= 0; doc = doc + 1 < set.Length ? set.NextSetBit(doc + 1) : -1)
        {
            yield return doc;
        }
    }
}
