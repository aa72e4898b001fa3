using System.Net;
using System.Text;

namespace Archive.Contracts;

/// <summary>
/// A hit's text as the API, the page and the command line show it: HTML-encoded, the words that matched in
/// &lt;mark&gt;, and for a snippet its parts joined by "…" where text was left out.
/// </summary>
public static class HitHtml
{
    private const char Ellipsis = '…';

    /// <summary>The whole text, with each marked span in &lt;mark&gt;.</summary>
    /// <param name="marks">Character spans, in order and not overlapping.</param>
    public static string Highlight(string text, IReadOnlyList<(int Start, int End)> marks)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(marks);
        var html = new StringBuilder(text.Length + (marks.Count * 13));
        Append(html, text, 0, text.Length, marks);
        return html.ToString();
    }

    /// <summary>The snippet's parts marked like <see cref="Highlight"/>: "…" before, between and after where text was left out.</summary>
    public static string Snippet(string text, IReadOnlyList<(int Start, int End)> parts, IReadOnlyList<(int Start, int End)> marks)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(parts);
        ArgumentNullException.ThrowIfNull(marks);
        if (parts.Count == 0)
        {
            return Highlight(text, marks);
        }

        var html = new StringBuilder(parts.Sum(p => p.End - p.Start) + 32);
        if (parts[0].Start > 0)
        {
            html.Append(Ellipsis).Append(' ');
        }

        for (var i = 0; i < parts.Count; i++)
        {
            if (i > 0)
            {
                html.Append(string.IsNullOrWhiteSpace(text[parts[i - 1].End..parts[i].Start]) ? " " : $" {Ellipsis} ");
            }

            Append(html, text, parts[i].Start, parts[i].End, marks);
        }

        if (parts[^1].End < text.TrimEnd().Length)
        {
            html.Append(' ').Append(Ellipsis);
        }

        return html.ToString();
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
