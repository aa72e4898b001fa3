using System.Globalization;
using Archive.Core.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Archive.Core.Search;

/// <summary>
/// Counts every match by type, language, conference and year (from doc values), and the distinct documents, while
/// the top hits are collected: the facets describe all matches, not just the page shown.
/// </summary>
internal sealed class FacetCollector : ICollector
{
    private readonly Dictionary<string, int> _types = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _languages = new(StringComparer.Ordinal);
    private readonly Dictionary<long, int> _conferences = [];
    private readonly Dictionary<long, int> _years = [];
    private readonly HashSet<string> _documents = new(StringComparer.Ordinal);
    private readonly BytesRef _scratch = new();
    private SortedDocValues? _type;
    private SortedDocValues? _language;
    private SortedDocValues? _document;
    private NumericDocValues? _conference;
    private IBits? _hasConference;
    private NumericDocValues? _year;
    private IBits? _hasYear;

    public int Documents => _documents.Count;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var reader = context.AtomicReader;
        _type = reader.GetSortedDocValues(IndexFields.Type);
        _language = reader.GetSortedDocValues(IndexFields.Language);
        _document = reader.GetSortedDocValues(IndexFields.DocumentId);
        _conference = reader.GetNumericDocValues(IndexFields.Conference);
        _hasConference = reader.GetDocsWithField(IndexFields.Conference);
        _year = reader.GetNumericDocValues(IndexFields.Year);
        _hasYear = reader.GetDocsWithField(IndexFields.Year);
    }

    public void Collect(int doc)
    {
        Count(_types, _type, doc);
        Count(_languages, _language, doc);
        if (_document is not null)
        {
            _document.Get(doc, _scratch);
            _documents.Add(_scratch.Utf8ToString());
        }

        if (_conference is not null && _hasConference?.Get(doc) == true)
        {
            Increment(_conferences, _conference.Get(doc));
        }

        if (_year is not null && _hasYear?.Get(doc) == true)
        {
            Increment(_years, _year.Get(doc));
        }
    }

    public IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets() => new Dictionary<string, IReadOnlyList<FacetCount>>
    {
        ["type"] = [.. _types.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => new FacetCount(p.Key, p.Value))],
        ["language"] = [.. _languages.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => new FacetCount(p.Key, p.Value))],
        ["conference"] = [.. _conferences.OrderBy(p => p.Key).Select(p => new FacetCount(p.Key.ToString(CultureInfo.InvariantCulture), p.Value))],
        ["year"] = [.. _years.OrderBy(p => p.Key).Select(p => new FacetCount(p.Key.ToString(CultureInfo.InvariantCulture), p.Value))],
    };

    private void Count(Dictionary<string, int> counts, SortedDocValues? values, int doc)
    {
        if (values is null || values.GetOrd(doc) < 0)
        {
            return;
        }

        values.Get(doc, _scratch);
        var key = _scratch.Utf8ToString();
        counts[key] = counts.GetValueOrDefault(key) + 1;
    }

    private static void Increment(Dictionary<long, int> counts, long key) => counts[key] = counts.GetValueOrDefault(key) + 1;
}
