using System.Net;
using System.Text;
using Archive.Core.Text;

namespace Archive.Core.Search;

/// <summary>
/// A hit's text as HTML with its matched words in &lt;mark&gt;: the whole paragraph, or a snippet of the sentences
/// that matched, cut where a reader expects (at sentence or word boundaries, "…" where text was left out).
/// </summary>
public static class HitText
{
    /// <summary>Longest snippet, in characters of text: about two lines of a results page.</summary>
    public const int SnippetLength = 300;

    // Context kept before the first marked word when a single sentence is longer than a snippet.
    private const int LeadIn = 60;

    private const char Ellipsis = '…';

    /// <summary>The text, HTML-encoded, with each marked span in &lt;mark&gt;.</summary>
    /// <param name="marks">Character spans, in order and not overlapping.</param>
    public static string Html(string text, IReadOnlyList<(int Start, int End)> marks)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(marks);
        var html = new StringBuilder(text.Length + (marks.Count * 13));
        Append(html, text, 0, text.Length, marks);
        return html.ToString();
    }

    /// <summary>
    /// The sentences with marked words (the first sentence when none has one), as HTML like <see cref="Html"/>, at
    /// most <see cref="SnippetLength"/> characters of text: the sentences with most marks are kept, in the text's
    /// order, and a sentence longer than that is cut around its first mark.
    /// </summary>
    public static string Snippet(string text, IReadOnlyList<(int Start, int End)> marks)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(marks);
        var sentences = Sentences.Spans(text);
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
        var html = new StringBuilder(length + 32);
        if (chosen[0].Start > 0)
        {
            html.Append(Ellipsis).Append(' ');
        }

        for (var i = 0; i < chosen.Count; i++)
        {
            if (i > 0)
            {
                html.Append(string.IsNullOrWhiteSpace(text[chosen[i - 1].End..chosen[i].Start]) ? " " : $" {Ellipsis} ");
            }

            Append(html, text, chosen[i].Start, chosen[i].End, marks);
        }

        if (chosen[^1].End < text.TrimEnd().Length)
        {
            html.Append(' ').Append(Ellipsis);
        }

        return html.ToString();
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

    private static void Append(StringBuilder html, string text, int from, int to, IReadOnlyList<(int Start, int End)> marks)
    {
        var position = from;
        foreach (var (start, end) in marks.Where(m => m.Start >= from && m.End <= to))
        {
            html.Append(WebUtility.HtmlEncode(text[position..start])).Append("<mark>")
                .Append(WebUtility.HtmlEncode(text[start..end])).Append("</mark>");
            position = end;
        }

        html.Append(WebUtility.HtmlEncode(text[position..to]));
    }
}
