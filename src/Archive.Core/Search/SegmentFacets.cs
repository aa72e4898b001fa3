using System.Runtime.CompilerServices;
using Archive.Core.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Archive.Core.Search;

/// <summary>
/// One segment's facet values, read from doc values once and kept per segment core as small per-document numbers
/// (each an index into the segment's distinct values, -1 when there is none), so that counting a match is a few array
/// reads: decoding doc values for every match of a broad query cost as much as finding the matches.
/// </summary>
internal sealed class SegmentFacets
{
    private static readonly ConditionalWeakTable<object, SegmentFacets> Cache = [];

    private SegmentFacets(AtomicReader reader)
    {
        (Types, TypeOf) = Ordinals(reader.GetSortedDocValues(IndexFields.Type), reader.MaxDoc);
        (Languages, LanguageOf) = Ordinals(reader.GetSortedDocValues(IndexFields.Language), reader.MaxDoc);
        (Documents, DocumentOf) = Ordinals(reader.GetSortedDocValues(IndexFields.DocumentId), reader.MaxDoc);
        (Conferences, ConferenceOf) = Numbers(reader, IndexFields.Conference);
        (Years, YearOf) = Numbers(reader, IndexFields.Year);
    }

    public string[] Types { get; }

    public string[] Languages { get; }

    public string[] Documents { get; }

    public long[] Conferences { get; }

    public long[] Years { get; }

    public int[] TypeOf { get; }

    public int[] LanguageOf { get; }

    public int[] DocumentOf { get; }

    public int[] ConferenceOf { get; }

    public int[] YearOf { get; }

    /// <summary>The segment's table, read on first use and shared by every search of the segment (and every generation that keeps it).</summary>
    public static SegmentFacets Of(AtomicReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return Cache.GetValue(reader.CoreCacheKey, _ => new SegmentFacets(reader));
    }

    /// <summary>True when the segment's table has been read.</summary>
    internal static bool IsRead(AtomicReader reader) => Cache.TryGetValue(reader.CoreCacheKey, out _);

    private static (string[] Values, int[] Of) Ordinals(SortedDocValues? values, int maxDoc)
    {
        var of = new int[maxDoc];
        if (values is null)
        {
            Array.Fill(of, -1);
            return ([], of);
        }

        var names = new string[values.ValueCount];
        var scratch = new BytesRef();
        for (var ord = 0; ord < names.Length; ord++)
        {
            values.LookupOrd(ord, scratch);
            names[ord] = scratch.Utf8ToString();
        }

        for (var doc = 0; doc < maxDoc; doc++)
        {
            of[doc] = values.GetOrd(doc);
        }

        return (names, of);
    }

    private static (long[] Values, int[] Of) Numbers(AtomicReader reader, string field)
    {
        var of = new int[reader.MaxDoc];
        Array.Fill(of, -1);
        var values = reader.GetNumericDocValues(field);
        var present = reader.GetDocsWithField(field);
        if (values is null || present is null)
        {
            return ([], of);
        }

        var distinct = new Dictionary<long, int>();
        for (var doc = 0; doc < of.Length; doc++)
        {
            if (present.Get(doc))
            {
                var value = values.Get(doc);
                if (!distinct.TryGetValue(value, out var index))
                {
                    index = distinct.Count;
                    distinct.Add(value, index);
                }

                of[doc] = index;
            }
        }

        var numbers = new long[distinct.Count];
        foreach (var (value, index) in distinct)
        {
            numbers[index] = value;
        }

        return (numbers, of);
    }
}
