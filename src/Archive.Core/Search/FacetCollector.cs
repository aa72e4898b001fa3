using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Core.Search;

/// <summary>
/// Counts every match by type, language, conference and year, and the distinct documents, while the top hits are
/// collected: the facets describe all matches, not just the page shown. Counting is by index into each segment's
/// <see cref="SegmentFacets"/>, so a match costs a few array reads and no allocation; names are resolved once per segment.
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
        _segment = new SegmentCounts(SegmentFacets.Of(context.AtomicReader));
    }

    public void Collect(int doc) => _segment!.Collect(doc);

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

        var table = segment.Table;
        AddTo(_types, table.Types, segment.Types);
        AddTo(_languages, table.Languages, segment.Languages);
        AddTo(_conferences, table.Conferences, segment.Conferences);
        AddTo(_years, table.Years, segment.Years);
        for (var i = 0; i < segment.Documents.Length; i++)
        {
            if (segment.Documents[i] > 0)
            {
                _documents.Add(table.Documents[i]);
            }
        }

        _segment = null;
    }

    private static void AddTo<T>(Dictionary<T, int> totals, T[] values, int[] counts)
        where T : notnull
    {
        for (var i = 0; i < counts.Length; i++)
        {
            if (counts[i] > 0)
            {
                totals[values[i]] = totals.GetValueOrDefault(values[i]) + counts[i];
            }
        }
    }

    private static List<FacetCount> ByCount(Dictionary<string, int> counts) =>
        [.. counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => new FacetCount(p.Key, p.Value))];

    /// <summary>One segment's counts, by index into its <see cref="SegmentFacets"/>.</summary>
    private sealed class SegmentCounts(SegmentFacets table)
    {
        public SegmentFacets Table => table;

        public int[] Types { get; } = new int[table.Types.Length];

        public int[] Languages { get; } = new int[table.Languages.Length];

        public int[] Documents { get; } = new int[table.Documents.Length];

        public int[] Conferences { get; } = new int[table.Conferences.Length];

        public int[] Years { get; } = new int[table.Years.Length];

        public void Collect(int doc)
        {
            Count(Types, table.TypeOf[doc]);
            Count(Languages, table.LanguageOf[doc]);
            Count(Documents, table.DocumentOf[doc]);
            Count(Conferences, table.ConferenceOf[doc]);
            Count(Years, table.YearOf[doc]);
        }

        private static void Count(int[] counts, int index)
        {
            if (index >= 0)
            {
                counts[index]++;
            }
        }
    }
}
