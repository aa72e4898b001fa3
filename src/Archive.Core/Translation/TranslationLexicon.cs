using System.Globalization;
using Archive.Core.Analysis;
using Archive.Core.Documents;

namespace Archive.Core.Translation;

/// <summary>
/// Word translations between English and Indonesian learned from an index generation's aligned paragraphs
/// (<see cref="LexiconLearner"/>), saved in the generation's folder and loaded with it. Keys are analysed terms, as
/// the text fields index them, so "repatriation" and "repatriated" find the same entry.
/// </summary>
public sealed class TranslationLexicon
{
    /// <summary>The lexicon's file in a generation's folder.</summary>
    public const string FileName = "lexicon.tsv";

    private static readonly string[] Columns = ["from", "term", "translation", "word", "probability", "links"];

    private readonly Dictionary<(DocumentLanguage From, string Term), IReadOnlyList<LearnedTranslation>> _entries;

    internal TranslationLexicon(Dictionary<(DocumentLanguage From, string Term), IReadOnlyList<LearnedTranslation>> entries) => _entries = entries;

    /// <summary>No learned translations: the glossary alone carries queries across.</summary>
    public static TranslationLexicon Empty { get; } = new([]);

    /// <summary>Number of source terms with a translation, both directions together.</summary>
    public int Count => _entries.Count;

    /// <summary>The translations of an analysed term of <paramref name="from"/>, most probable first; empty when none was learned.</summary>
    public IReadOnlyList<LearnedTranslation> Of(DocumentLanguage from, string term) =>
        _entries.GetValueOrDefault((from, term)) ?? [];

    /// <summary>Writes the lexicon as a tab-separated table with a header row, one translation a line.</summary>
    public async Task SaveAsync(string path, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(path);
        await writer.WriteLineAsync(string.Join('\t', Columns).AsMemory(), cancellationToken);
        foreach (var ((from, term), translations) in _entries.OrderBy(e => e.Key.From).ThenBy(e => e.Key.Term, StringComparer.Ordinal))
        {
            foreach (var t in translations)
            {
                await writer.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{from.ToCode()}\t{term}\t{t.Term}\t{t.Word}\t{t.Probability:0.###}\t{t.Links}").AsMemory(), cancellationToken);
            }
        }
    }

    /// <summary>The lexicon saved at <paramref name="path"/>; <see cref="Empty"/> when there is no such file (built with the lexicon off).</summary>
    public static async Task<TranslationLexicon> LoadAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            return Empty;
        }

        await using var stream = File.OpenRead(path);
        var entries = new Dictionary<(DocumentLanguage, string), List<LearnedTranslation>>();
        foreach (var row in ResourceTable.Read(path, stream, Columns))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var key = (DocumentLanguages.Parse(row[0]), row[1]);
            if (!entries.TryGetValue(key, out var list))
            {
                entries[key] = list = [];
            }

            list.Add(new LearnedTranslation(row[2], row[3], double.Parse(row[4], CultureInfo.InvariantCulture), int.Parse(row[5], CultureInfo.InvariantCulture)));
        }

        return new TranslationLexicon(entries.ToDictionary(e => e.Key, e => (IReadOnlyList<LearnedTranslation>)e.Value));
    }
}
