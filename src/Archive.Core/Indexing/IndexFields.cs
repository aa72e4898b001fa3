using Archive.Core.Analysis;
using Archive.Core.Documents;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;

namespace Archive.Core.Indexing;

/// <summary>
/// The fields of a paragraph in the index. A paragraph is indexed through its own text (analysed in its language,
/// and exactly) and through its counterpart's text (analysed in the counterpart's language), so a query in either
/// language finds it.
/// </summary>
public static class IndexFields
{
    public const string Id = "id";
    public const string DocumentId = "doc";
    public const string Language = "lang";
    public const string Type = "type";
    public const string Conference = "conference";
    public const string Year = "year";
    public const string Sample = "sample";

    /// <summary>"true" for a paragraph indexed with a counterpart, "false" for one without (learned translations look only there).</summary>
    public const string Paired = "paired";

    /// <summary>yyyymmdd of the document's date (0 when unknown), for sorting by date.</summary>
    public const string DateSort = "date";

    /// <summary>The paragraph's position in its document, for a stable order among equal dates.</summary>
    public const string Ordinal = "ordinal";

    public const string TextEnglish = "text_en";
    public const string TextIndonesian = "text_id";
    public const string Exact = "exact";
    public const string CounterpartEnglish = "cp_en";
    public const string CounterpartIndonesian = "cp_id";
    public const string CounterpartExact = "cp_exact";

    /// <summary>The field holding a paragraph's own text, analysed in its language.</summary>
    public static string Text(DocumentLanguage language) =>
        language == DocumentLanguage.Indonesian ? TextIndonesian : TextEnglish;

    /// <summary>The field holding a counterpart's text, analysed in the counterpart's language.</summary>
    public static string Counterpart(DocumentLanguage counterpartLanguage) =>
        counterpartLanguage == DocumentLanguage.Indonesian ? CounterpartIndonesian : CounterpartEnglish;

    /// <summary>One analyzer for the whole index: each text field with its language's analysis.</summary>
    public static Analyzer CreateAnalyzer(ArchiveAnalyzers analyzers)
    {
        ArgumentNullException.ThrowIfNull(analyzers);
        return new PerFieldAnalyzerWrapper(analyzers.Exact, new Dictionary<string, Analyzer>
        {
            [TextEnglish] = analyzers.English,
            [CounterpartEnglish] = analyzers.English,
            [TextIndonesian] = analyzers.Indonesian,
            [CounterpartIndonesian] = analyzers.Indonesian,
            [Exact] = analyzers.Exact,
            [CounterpartExact] = analyzers.Exact,
        });
    }
}
