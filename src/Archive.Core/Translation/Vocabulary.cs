namespace Archive.Core.Translation;

/// <summary>
/// The analysed terms of one language in the aligned paragraphs, numbered for the alignment model, each with the
/// word most often written for it.
/// </summary>
internal sealed class Vocabulary
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _terms = [];
    private readonly List<Dictionary<string, int>> _words = [];

    public int Count => _terms.Count;

    /// <summary>The number of a term, given one the first time it is seen; <paramref name="word"/> is how it was written.</summary>
    public int Add(string term, string word)
    {
        if (!_ids.TryGetValue(term, out var id))
        {
            _ids[term] = id = _terms.Count;
            _terms.Add(term);
            _words.Add(new Dictionary<string, int>(StringComparer.Ordinal));
        }

        var words = _words[id];
        words[word] = words.GetValueOrDefault(word) + 1;
        return id;
    }

    public string Term(int id) => _terms[id];

    /// <summary>The word most often written for a term (the shorter, then the first in order, among equals).</summary>
    public string Word(int id) => _words[id]
        .OrderByDescending(w => w.Value).ThenBy(w => w.Key.Length).ThenBy(w => w.Key, StringComparer.Ordinal)
        .First().Key;
}
