namespace Archive.Core.Precedent;

/// <summary>
/// Runs of at least <see cref="MinimumWords"/> words that a draft shares word for word (case and punctuation aside)
/// with agreed text: language already agreed, as opposed to new wording. Longest first, never overlapping in the draft.
/// </summary>
public static class VerbatimSpans
{
    public const int MinimumWords = 6;

    public static IReadOnlyList<VerbatimSpan> Find(string draftText, IReadOnlyList<WordToken> draft, IReadOnlyList<WordToken> agreed, int minimumWords = MinimumWords)
    {
        ArgumentNullException.ThrowIfNull(draftText);
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(agreed);
        var draftWords = draft.Where(t => t.IsWord).ToList();
        var agreedWords = agreed.Where(t => t.IsWord).ToList();
        if (draftWords.Count < minimumWords || agreedWords.Count < minimumWords)
        {
            return [];
        }

        // Where each run of the minimum length starts in the agreed text.
        var starts = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var j = 0; j + minimumWords <= agreedWords.Count; j++)
        {
            var key = Gram(agreedWords, j, minimumWords);
            if (!starts.TryGetValue(key, out var list))
            {
                starts[key] = list = [];
            }

            list.Add(j);
        }

        var found = new List<(int DraftStart, int AgreedStart, int Length)>();
        for (var i = 0; i + minimumWords <= draftWords.Count; i++)
        {
            if (!starts.TryGetValue(Gram(draftWords, i, minimumWords), out var matches))
            {
                continue;
            }

            foreach (var j in matches)
            {
                var length = minimumWords;
                while (i + length < draftWords.Count && j + length < agreedWords.Count && draftWords[i + length].Key == agreedWords[j + length].Key)
                {
                    length++;
                }

                found.Add((i, j, length));
            }
        }

        var taken = new bool[draftWords.Count];
        var spans = new List<VerbatimSpan>();
        foreach (var (i, j, length) in found.OrderByDescending(f => f.Length).ThenBy(f => f.DraftStart))
        {
            if (Enumerable.Range(i, length).Any(w => taken[w]))
            {
                continue;
            }

            for (var w = i; w < i + length; w++)
            {
                taken[w] = true;
            }

            var first = draftWords[i];
            var last = draftWords[i + length - 1];
            spans.Add(new VerbatimSpan(draftText[first.Start..(last.Start + last.Length)], length, first.Start, last.Start + last.Length, j));
        }

        return [.. spans.OrderBy(s => s.Start)];
    }

    private static string Gram(List<WordToken> words, int start, int length) =>
        string.Join(' ', words.Skip(start).Take(length).Select(w => w.Key));
}
