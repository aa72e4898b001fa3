using Archive.Core.Analysis;
using Archive.Core.Documents;

namespace Archive.Core.Commitments;

/// <summary>
/// The function words of one language that the extractor reads a clause's structure by (<c>clause-words.tsv</c>):
/// adverbs and auxiliaries between a party and its verb, attitude frames ("were pleased to"), the words that show a
/// trigger was a noun or a participle, conjunctions, the words that open a subordinate clause, English past forms.
/// </summary>
public sealed class ClauseGrammar
{
    private readonly Dictionary<string, HashSet<string>> _words;
    private readonly bool _english;

    private ClauseGrammar(DocumentLanguage language, Dictionary<string, HashSet<string>> words)
    {
        _english = language == DocumentLanguage.English;
        _words = words;
        Frames = [.. Role("frame").Select(f => f.Split(' ')).OrderByDescending(f => f.Length)];
    }

    /// <summary>Attitude frames, each as its words, longest first.</summary>
    public IReadOnlyList<string[]> Frames { get; }

    /// <summary>The grammar of each language the rules read.</summary>
    public static IReadOnlyDictionary<DocumentLanguage, ClauseGrammar> Load()
    {
        var rows = ResourceTable.Read("clause-words.tsv", "role", "language", "words");
        return new[] { DocumentLanguage.English, DocumentLanguage.Indonesian }.ToDictionary(
            language => language,
            language => new ClauseGrammar(language, rows
                .Where(r => r[1] == language.ToCode())
                .GroupBy(r => r[0], StringComparer.Ordinal)
                .ToDictionary(
                    g => g.Key,
                    g => g.SelectMany(r => r[2].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToHashSet(StringComparer.Ordinal),
                    StringComparer.Ordinal)));
    }

    // English adverbs are open-class, but nearly all end in -ly ("subsequently", "collectively"); short words ending
    // so ("only", "July") are not taken for them.
    public bool IsAdverb(string word) => Has("adverb", word) || (_english && word.Length > 5 && word.EndsWith("ly", StringComparison.Ordinal));

    public bool IsAuxiliary(string word) => Has("auxiliary", word);

    public bool IsComplementiser(string word) => Has("complementiser", word);

    public bool IsNounMarker(string word) => Has("noun-marker", word);

    public bool IsParticipleMark(string word) => Has("participle-mark", word) || (word.Length == 4 && word.All(char.IsAsciiDigit));

    public bool IsPronoun(string word) => Has("pronoun", word);

    /// <summary>A word opening a subject's modifier: a preposition, a relative pronoun or, in English, an -ing form ("taking part in …").</summary>
    public bool OpensModifier(string word) => Has("modifier", word) || IsRelative(word) || IsGerund(word);

    public bool IsRelative(string word) => Has("relative", word);

    public bool IsNegation(string word) => Has("negation", word);

    public bool IsDeterminer(string word) => Has("determiner", word);

    public bool IsPersonal(string word) => Has("personal", word);

    public bool IsConjunction(string word) => Has("conjunction", word);

    public bool IsSubordinator(string word) => Has("subordinator", word);

    /// <summary>
    /// Whether an English verb is in the past ("reviewed", "held"): the verbs coordinated with it are then past too,
    /// so "discussed returns and welcome centres" is not a welcome. Always true in Indonesian, which has no tense.
    /// </summary>
    public bool IsPast(string word) => !_english || word.EndsWith("ed", StringComparison.Ordinal) || Has("past", word);

    /// <summary>An English -ing form ("Having", "Recalling"): it opens a participial phrase, never a subject.</summary>
    public bool IsGerund(string word) => _english && word.Length > 4 && word.EndsWith("ing", StringComparison.Ordinal);

    /// <summary>Whether an Indonesian verb is in the passive ("diadakan"): after "akan" it schedules, it does not commit.</summary>
    public bool IsPassiveForm(string word) => !_english && word.Length > 4 && word.StartsWith("di", StringComparison.Ordinal);

    /// <summary>Whether a clause speaks of hosting or hospitality ("appreciation to Thailand for hosting the meeting"): a courtesy.</summary>
    public bool IsCourtesy(string clause)
    {
        var lower = clause.ToLowerInvariant();
        return Role("courtesy").Any(phrase => lower.Contains(phrase, StringComparison.Ordinal));
    }

    /// <summary>A modal ("will", "shall"), which coordinates with any tense: "We reviewed … and will continue …".</summary>
    public bool IsModal(string word) => _english && word is "will" or "shall";

    private IEnumerable<string> Role(string role) => _words.GetValueOrDefault(role) ?? [];

    private bool Has(string role, string word) => _words.TryGetValue(role, out var words) && words.Contains(word);
}
