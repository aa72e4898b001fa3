using System.Text;
using System.Text.RegularExpressions;
using Archive.Core.Text;

namespace Archive.Core.Precedent;

/// <summary>
/// Text as the precedent checker compares it: words (with inner hyphens and apostrophes) and single punctuation
/// marks, each with its place in the text. Two tokens are the same when their <see cref="WordToken.Key"/>s are: case and
/// accents do not make wording different.
/// </summary>
public static partial class WordTokens
{
    public static IReadOnlyList<WordToken> Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return [.. Pattern().Matches(text).Select(m => new WordToken(m.Value, Key(m.Value), m.Index, m.Length, char.IsLetterOrDigit(m.Value[0])))];
    }

    /// <summary>Joins tokens as text is written: a space between words, none before closing punctuation or after opening.</summary>
    public static string Join(IEnumerable<WordToken> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var text = new StringBuilder();
        WordToken? previous = null;
        foreach (var token in tokens)
        {
            if (previous is not null && !IsClosing(token.Text) && !IsOpening(previous.Text))
            {
                text.Append(' ');
            }

            text.Append(token.Text);
            previous = token;
        }

        return text.ToString();
    }

    private static bool IsClosing(string text) => text is "," or "." or ";" or ":" or ")" or "]" or "!" or "?" or "%" or "”" or "’";

    private static bool IsOpening(string text) => text is "(" or "[" or "“" or "‘";

    private static string Key(string text) => Words.FoldAccents(text.ToLowerInvariant()).Replace('’', '\'');

    // A character outside the Basic Multilingual Plane (an emoji) is a surrogate pair: one mark, never two halves,
    // which no normalisation or join would accept.
    [GeneratedRegex(Words.Pattern + @"|[\uD800-\uDBFF][\uDC00-\uDFFF]|[^\s\p{L}\p{N}]")]
    private static partial Regex Pattern();
}
