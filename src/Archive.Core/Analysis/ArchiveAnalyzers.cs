using Archive.Core.Documents;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Id;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Archive.Core.Analysis;

/// <summary>
/// The analyzers of the archive, one per kind of field: English (possessives, stop words, Porter stemming),
/// Indonesian (stop words, Tala stemming) with words the stemmer would damage protected ("menteri" is not "teri"),
/// and an exact analyzer (lower case, no stemming, no stop words) for phrases and the exact option.
/// </summary>
public sealed class ArchiveAnalyzers : IDisposable
{
    /// <summary>The Lucene compatibility version every analyzer and the index use.</summary>
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>The protected-word list, shipped as a resource.</summary>
    public const string ProtectedIndonesianWords = "protected-id.txt";

    public ArchiveAnalyzers()
    {
        var protectedWords = new CharArraySet(Version, EmbeddedResources.ReadLines(ProtectedIndonesianWords), ignoreCase: true);
        English = new EnglishAnalyzer(Version);
        IndonesianStopWords = IndonesianStops();
        Indonesian = new IndonesianAnalyzer(Version, IndonesianStopWords, protectedWords);
        Exact = new ExactAnalyzer();
        EnglishStopWords = EnglishAnalyzer.DefaultStopSet;
    }

    /// <summary>
    /// Lucene's Indonesian stop words less those that carry meaning in this field: "kerja sama" (cooperation) is
    /// not "kerja" (work), "Ketua Bersama" (Co-Chairs) is not "Ketua" (chair), "deteksi dini" is early detection.
    /// </summary>
    private static CharArraySet IndonesianStops()
    {
        string[] meaningful = ["sama", "bersama", "dini", "sementara", "bersama-sama"];
        var stops = new CharArraySet(Version, IndonesianAnalyzer.DefaultStopSet.Count, ignoreCase: true);
        foreach (var word in IndonesianAnalyzer.DefaultStopSet.Where(w => !meaningful.Contains(w, StringComparer.Ordinal)))
        {
            stops.Add(word);
        }

        return stops;
    }

    public Analyzer English { get; }

    public Analyzer Indonesian { get; }

    public Analyzer Exact { get; }

    /// <summary>The analyzer of text in a language: Indonesian for Indonesian, English otherwise (also when unknown).</summary>
    public Analyzer For(DocumentLanguage language) => language == DocumentLanguage.Indonesian ? Indonesian : English;

    public CharArraySet EnglishStopWords { get; }

    /// <summary>Words of questions and everyday phrasing, not searched when they stand alone in a query.</summary>
    public CharArraySet CommonQueryWords { get; } = new(Version, EmbeddedResources.ReadLines("common-query-words.txt"), ignoreCase: true);

    public CharArraySet IndonesianStopWords { get; }

    /// <summary>Tokens of a text as an analyzer produces them for a field.</summary>
    public static IReadOnlyList<string> Tokens(Analyzer analyzer, string field, string text) =>
        [.. Analyze(analyzer, field, text).Select(t => t.Term)];

    /// <summary>Tokens with their positions (gaps where stop words were) and character offsets in the text.</summary>
    public static IReadOnlyList<AnalyzedToken> Analyze(Analyzer analyzer, string field, string text)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        var tokens = new List<AnalyzedToken>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add(new AnalyzedToken(term.ToString(), position, offset.StartOffset, offset.EndOffset));
        }

        stream.End();
        return tokens;
    }

    /// <summary>
    /// True for a query word too common to search: a stop word of either analyzer ("the", "dan") or a word of
    /// questions and everyday phrasing ("who", "how", "siapa"), from <c>Search/Resources/common-query-words.txt</c>.
    /// </summary>
    public bool IsStopWord(string word) =>
        EnglishStopWords.Contains(word) || IndonesianStopWords.Contains(word) || CommonQueryWords.Contains(word);

    public void Dispose()
    {
        English.Dispose();
        Indonesian.Dispose();
        Exact.Dispose();
    }

    private sealed class ExactAnalyzer : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var tokenizer = new StandardTokenizer(Version, reader);
            TokenStream stream = new LowerCaseFilter(Version, tokenizer);
            stream = new ASCIIFoldingFilter(stream);
            return new TokenStreamComponents(tokenizer, stream);
        }
    }
}
