using System.Globalization;
using Archive.Core.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Archive.Core.Search;

/// <summary>
/// Counts every match by type, language, conference and year (from doc values), and the distinct documents, while
/// the top hits are collected: the facets describe all matches, not just the page shown. Counting is by ordinal
/// within a segment, so a match costs no allocation; names are resolved once per segment.
/// </summary>
internal sealed class FacetCollector : ICollector
{
    private readonly Dictionary<string, int> _types = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _languages = new(StringComparer.Ordinal);
    private readonly Dictionary<long, int> _conferences = [];
    private readonly Dictionary<long, int> _years = [];
    private readonly HashSet<string> _documents = new(StringComparer.Ordinal);
    private SegmentCounts? _segment;

    public int Documents
    {
        get
        {
            Flush();
            return _documents.Count;
        }
    }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Flush();
        _segment = new SegmentCounts(context.AtomicReader);
    }

    public void Collect(int doc)
    {
        var segment = _segment!;
        segment.Type.Count(doc);
        segment.Language.Count(doc);
        segment.Document.Count(doc);
        if (segment.Conference is not null && segment.HasConference?.Get(doc) == true)
        {
            Increment(_conferences, segment.Conference.Get(doc));
        }

        if (segment.Year is not null && segment.HasYear?.Get(doc) == true)
        {
            Increment(_years, segment.Year.Get(doc));
        }
    }

    public IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets()
    {
        Flush();
        return new Dictionary<string, IReadOnlyList<FacetCount>>
        {
            ["type"] = ByCount(_types),
            ["language"] = ByCount(_languages),
            ["conference"] = [.. _conferences.OrderBy(p => p.Key).Select(p => new FacetCount(p.Key.ToString(CultureInfo.InvariantCulture), p.Value))],
            ["year"] = [.. _years.OrderBy(p => p.Key).Select(p => new FacetCount(p.Key.ToString(CultureInfo.InvariantCulture), p.Value))],
        };
    }

    private void Flush()
    {
        if (_segment is not { } segment)
        {
            return;
        }

        segment.Type.AddTo(_types);
        segment.Language.AddTo(_languages);
        foreach (var (document, _) in segment.Document.Values())
        {
            _documents.Add(document);
        }

        _segment = null;
    }

    private static List<FacetCount> ByCount(Dictionary<string, int> counts) =>
        [.. counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => new FacetCount(p.Key, p.Value))];

    private static void Increment(Dictionary<long, int> counts, long key) => counts[key] = counts.GetValueOrDefault(key) + 1;

    private sealed class SegmentCounts(AtomicReader reader)
    {
        public OrdinalCounts Type { get; } = new(reader.GetSortedDocValues(IndexFields.Type));

        public OrdinalCounts Language { get; } = new(reader.GetSortedDocValues(IndexFields.Language));

        public OrdinalCounts Document { get; } = new(reader.GetSortedDocValues(IndexFields.DocumentId));

        public NumericDocValues? Conference { get; } = reader.GetNumericDocValues(IndexFields.Conference);

        public IBits? HasConference { get; } = reader.GetDocsWithField(IndexFields.Conference);

        public NumericDocValues? Year { get; } = reader.GetNumericDocValues(IndexFields.Year);

        public IBits? HasYear { get; } = reader.GetDocsWithField(IndexFields.Year);
    }

    /// <summary>Counts per ordinal of one segment's sorted doc values.</summary>
    private sealed class OrdinalCounts(SortedDocValues? values)
    {
        private readonly int[] _counts = new int[values?.ValueCount ?? 0];

        public void Count(int doc)
        {
            if (values?.GetOrd(doc) is int ord and >= 0)
            {
                _counts[ord]++;
            }
        }

        public IEnumerable<(string Value, int Count)> Values()
        {
            var scratch = new BytesRef();
            for (var ord = 0; ord < _counts.Length; ord++)
            {
                if (_counts[ord] > 0)
                {
                    values!.LookupOrd(ord, scratch);
                    yield return (scratch.Utf8ToString(), _counts[ord]);
                }
            }
        }

        public void AddTo(Dictionary<string, int> totals)
        {
            foreach (var (value, count) in Values())
            {
                totals[value] = totals.GetValueOrDefault(value) + count;
            }
        }
    }
}
