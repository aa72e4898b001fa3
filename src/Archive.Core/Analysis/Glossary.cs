using Archive.Core.Documents;

namespace Archive.Core.Analysis;

/// <summary>
/// The bilingual glossary of the field (<c>Resources/glossary.tsv</c>: "trafficking in persons" ↔ "perdagangan
/// orang", …), used to carry a query into the other language. Terms are matched on their analysed form, so
/// "returns" finds the entry "return" and "Kantor Dukungan Regional" the entry "kantor dukungan regional".
/// </summary>
public sealed class Glossary
{
    /// <summary>The glossary file, shipped as a resource.</summary>
    public const string ResourceName = "glossary.tsv";

    /// <summary>Longest term, in words, the lookup tries.</summary>
    public const int MaxTermWords = 6;

    private readonly ArchiveAnalyzers _analyzers;
    private readonly Dictionary<string, List<GlossaryTranslation>> _fromEnglish = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<GlossaryTranslation>> _fromIndonesian = new(StringComparer.Ordinal);

    public Glossary(ArchiveAnalyzers analyzers)
        : this(analyzers, ResourceTable.Read(ResourceName, "english", "indonesian").Select(r => (r[0], r[1])))
    {
    }

    // Internal: DI would otherwise pick this constructor and satisfy the entries with an empty IEnumerable.
    internal Glossary(ArchiveAnalyzers analyzers, IEnumerable<(string English, string Indonesian)> entries)
    {
        ArgumentNullException.ThrowIfNull(analyzers);
        ArgumentNullException.ThrowIfNull(entries);
        _analyzers = analyzers;
        foreach (var (english, indonesian) in entries)
        {
            Add(_fromEnglish, Key(DocumentLanguage.English, english), new GlossaryTranslation(english, indonesian, DocumentLanguage.Indonesian));
            Add(_fromIndonesian, Key(DocumentLanguage.Indonesian, indonesian), new GlossaryTranslation(indonesian, english, DocumentLanguage.English));
            Count++;
        }
    }

    /// <summary>Number of entries (pairs).</summary>
    public int Count { get; }

    /// <summary>
    /// The longest glossary term that the words starting at <paramref name="start"/> spell, in either language,
    /// with its translations; null when none does.
    /// </summary>
    public GlossaryMatch? Match(IReadOnlyList<string> words, int start)
    {
        ArgumentNullException.ThrowIfNull(words);

        // Analysing each word once and joining the tokens gives the key of every span (the analyzers work word by word).
        var count = Math.Min(MaxTermWords, words.Count - start);
        var english = words.Skip(start).Take(count).Select(w => Tokens(DocumentLanguage.English, w)).ToList();
        var indonesian = words.Skip(start).Take(count).Select(w => Tokens(DocumentLanguage.Indonesian, w)).ToList();
        for (var length = count; length >= 1; length--)
        {
            var translations = Lookup(_fromEnglish, string.Join(' ', english.Take(length).SelectMany(t => t)))
                .Concat(Lookup(_fromIndonesian, string.Join(' ', indonesian.Take(length).SelectMany(t => t))))
                .ToList();
            if (translations.Count > 0)
            {
                return new GlossaryMatch(length, translations);
            }
        }

        return null;
    }

    private static void Add(Dictionary<string, List<GlossaryTranslation>> map, string key, GlossaryTranslation translation)
    {
        if (key.Length == 0)
        {
            return;
        }

        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        if (!list.Contains(translation))
        {
            list.Add(translation);
        }
    }

    private static IEnumerable<GlossaryTranslation> Lookup(Dictionary<string, List<GlossaryTranslation>> map, string key) =>
        key.Length > 0 && map.TryGetValue(key, out var list) ? list : [];

    private string Key(DocumentLanguage language, string text) => string.Join(' ', Tokens(language, text));

    private IReadOnlyList<string> Tokens(DocumentLanguage language, string text) =>
        ArchiveAnalyzers.Tokens(_analyzers.For(language), "glossary", text);
}
