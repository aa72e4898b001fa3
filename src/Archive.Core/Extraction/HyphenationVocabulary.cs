namespace Archive.Core.Extraction;

/// <summary>
/// Decides, from a document's own words, whether a hyphen at a line end is a real one ("re-" + "establish") or one a
/// typesetter inserted ("smug-" + "gling"). If the document writes the word elsewhere with the hyphen, or without,
/// that settles it; otherwise the document's habit does (a producer that hyphenates does so often), and with no
/// evidence at all the hyphen is kept, since a document set without hyphenation has only real ones.
/// </summary>
public sealed class HyphenationVocabulary
{
    private readonly HashSet<string> _words;
    private readonly bool _documentHyphenates;

    private HyphenationVocabulary(HashSet<string> words, bool documentHyphenates)
    {
        _words = words;
        _documentHyphenates = documentHyphenates;
    }

    /// <summary>A vocabulary with no words: every undecided hyphen falls to the default rules.</summary>
    public static HyphenationVocabulary Empty { get; } = new([], documentHyphenates: false);

    /// <summary>Builds the vocabulary from the lines of a document, in reading order.</summary>
    public static HyphenationVocabulary Build(IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var splits = new List<(string Before, string After)>();
        for (var i = 0; i < lines.Count; i++)
        {
            var tokens = Tokens(lines[i]);
            var endsInHyphen = tokens.Count > 0 && tokens[^1].EndsWith('-') && i + 1 < lines.Count;
            var startsAfterHyphen = i > 0 && Tokens(lines[i - 1]) is { Count: > 0 } previous && previous[^1].EndsWith('-');
            for (var t = 0; t < tokens.Count; t++)
            {
                if ((t == tokens.Count - 1 && endsInHyphen) || (t == 0 && startsAfterHyphen))
                {
                    continue;
                }

                words.Add(tokens[t]);
            }

            if (endsInHyphen && Tokens(lines[i + 1]) is { Count: > 0 } next)
            {
                splits.Add((tokens[^1].TrimEnd('-'), next[0]));
            }
        }

        var vocabulary = new HyphenationVocabulary(words, documentHyphenates: false);
        var dropped = splits.Count(s => vocabulary.Evidence(s.Before, s.After) == false);
        var kept = splits.Count(s => vocabulary.Evidence(s.Before, s.After) == true);
        return new HyphenationVocabulary(words, documentHyphenates: dropped > kept);
    }

    /// <summary>True to keep the hyphen between the two halves of a word split across lines.</summary>
    public bool KeepsHyphen(string before, string after) => Evidence(before, after) ?? !_documentHyphenates;

    private bool? Evidence(string before, string after) =>
        _words.Contains($"{before}-{after}") ? true
        : _words.Contains(before + after) ? false
        : null;

    private static List<string> Tokens(string line) =>
        [.. line.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(t => t.Trim('.', ',', ';', ':', '(', ')', '"', '\'', '’', '“', '”', '!', '?'))
            .Where(t => t.Length > 0)];
}
