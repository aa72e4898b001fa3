using Archive.Core.Text;

namespace Archive.Core.Search;

/// <summary>
/// Which parts of a hit's text a results page shows: the sentences that matched, cut where a reader expects (at
/// sentence or word boundaries), as character spans. How they are shown (HTML with &lt;mark&gt;, "…" between
/// parts) is the caller's: <c>Archive.Contracts.HitHtml</c> renders them for the API, the page and the CLI.
/// </summary>
public static class HitText
{
    /// <summary>Longest snippet, in characters of text: about two lines of a results page.</summary>
    public const int SnippetLength = 300;

    // Context kept before the first marked word when a single sentence is longer than a snippet.
    private const int LeadIn = 60;

    /// <summary>
    /// The sentences with marked words (the first sentence when none has one), at most <see cref="SnippetLength"/>
    /// characters of text, in the text's order: the sentences with most marks are kept, and a sentence longer than
    /// that is cut around its first mark.
    /// </summary>
    public static IReadOnlyList<(int Start, int End)> SnippetParts(string text, IReadOnlyList<(int Start, int End)> marks)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(marks);
        var sentences = Sentences.Spans(text);
        if (sentences.Count == 0)
        {
            return [];
        }

        var marked = sentences.Where(s => marks.Any(m => m.Start < s.End && m.End > s.Start)).ToList();
        var chosen = new List<(int Start, int End)>();
        var length = 0;
        foreach (var sentence in (marked.Count > 0 ? marked : sentences.Take(1)).OrderByDescending(s => marks.Count(m => m.Start < s.End && m.End > s.Start)))
        {
            if (chosen.Count > 0 && length + sentence.End - sentence.Start > SnippetLength)
            {
                continue;
            }

            chosen.Add(sentence.End - sentence.Start > SnippetLength ? Window(text, sentence, marks) : sentence);
            length += chosen[^1].End - chosen[^1].Start;
        }

        chosen.Sort();
        return chosen;
    }

    /// <summary>At most <see cref="SnippetLength"/> characters of a long sentence, from a word start a little before its first mark.</summary>
    private static (int Start, int End) Window(string text, (int Start, int End) sentence, IReadOnlyList<(int Start, int End)> marks)
    {
        var first = marks.Where(m => m.Start >= sentence.Start && m.Start < sentence.End).Select(m => m.Start).DefaultIfEmpty(sentence.Start).First();
        var start = Math.Max(sentence.Start, first - LeadIn);
        while (start > sentence.Start && !char.IsWhiteSpace(text[start - 1]))
        {
            start--;
        }

        var end = Math.Min(sentence.End, start + SnippetLength);
        while (end < sentence.End && end > start && !char.IsWhiteSpace(text[end]))
        {
            end--;
        }

        // A mark is never cut: the window ends after it or before it.
        if (marks.FirstOrDefault(m => m.Start < end && m.End > end) is { End: > 0 } cut)
        {
            end = cut.Start > start ? cut.Start : cut.End;
        }

        return (start, text.AsSpan(start, end - start).TrimEnd().Length + start);
    }
}
