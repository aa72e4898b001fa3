using System.Text;

namespace Archive.Core.Search;

/// <summary>
/// Parses the syntax people type: words, <c>"quoted phrases"</c>, <c>-excluded</c> words or phrases, and
/// <c>OR</c> between alternatives. Anything it cannot read is a <see cref="QuerySyntaxException"/> that says what
/// and where, never a guess.
/// </summary>
public static class QuerySyntax
{
    /// <summary>Longest query accepted, in characters.</summary>
    public const int MaxLength = 500;

    /// <summary>Most words and phrases in one query.</summary>
    public const int MaxItems = 32;

    /// <summary>Longest word accepted, in characters (the analyzers drop longer tokens silently).</summary>
    public const int MaxWordLength = 100;

    public static ParsedQuery Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new QuerySyntaxException("the query is empty; type at least one word", 0);
        }

        if (text.Length > MaxLength)
        {
            throw new QuerySyntaxException($"the query is {text.Length} characters long; the limit is {MaxLength}", MaxLength);
        }

        var tokens = Tokenize(text);
        if (tokens.Count > MaxItems)
        {
            throw new QuerySyntaxException($"the query has {tokens.Count} words and phrases; the limit is {MaxItems}", tokens[MaxItems].Position);
        }

        return Build(tokens);
    }

    private static ParsedQuery Build(List<Token> tokens)
    {
        var groups = new List<List<QueryItem>>();
        var excluded = new List<QueryItem>();
        var joinNext = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.IsOr)
            {
                if (groups.Count == 0 || joinNext || i == tokens.Count - 1 || tokens[i - 1].Excluded || tokens[i + 1].Excluded || tokens[i + 1].IsOr)
                {
                    throw new QuerySyntaxException("OR must stand between two words or phrases that are not excluded", token.Position);
                }

                joinNext = true;
                continue;
            }

            if (token.Excluded)
            {
                excluded.Add(token.Item!);
            }
            else if (joinNext)
            {
                groups[^1].Add(token.Item!);
            }
            else
            {
                groups.Add([token.Item!]);
            }

            joinNext = false;
        }

        if (groups.Count == 0)
        {
            throw excluded.Count > 0
                ? new QuerySyntaxException("the query only excludes; add a word or phrase to look for", 0)
                : new QuerySyntaxException("the query has no words or numbers to search for", 0);
        }

        return new ParsedQuery([.. groups.Select(g => new QueryGroup(g))], excluded);
    }

    private static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            var excluded = text[i] == '-' && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]);
            if (excluded)
            {
                i++;
            }

            if (text[i] is '"' or '“' or '”')
            {
                var close = text.IndexOfAny(['"', '“', '”'], i + 1);
                if (close < 0)
                {
                    throw new QuerySyntaxException("a quoted phrase is not closed; add the closing \"", i);
                }

                var words = Words(text[(i + 1)..close]);
                if (words.Count == 0)
                {
                    throw new QuerySyntaxException("a quoted phrase is empty", i);
                }

                tokens.Add(new Token(start, excluded, new QueryItem(words, IsPhrase: words.Count > 1)));
                i = close + 1;
                continue;
            }

            var end = i;
            while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] is not ('"' or '“' or '”'))
            {
                end++;
            }

            var raw = text[i..end];
            i = end;
            if (raw == "OR" && !excluded)
            {
                tokens.Add(new Token(start, false, null));
                continue;
            }

            var word = Words(raw);
            if (word.Count == 0)
            {
                continue; // punctuation only: nothing to search for
            }

            if (word.Any(w => w.Length > MaxWordLength))
            {
                throw new QuerySyntaxException($"a word is longer than {MaxWordLength} characters", start);
            }

            // "co-chairs" or "2016/2017" stay one item; "returns," loses its comma.
            tokens.Add(new Token(start, excluded, new QueryItem([string.Join(' ', word)], IsPhrase: false)));
        }

        return tokens;
    }

    /// <summary>The words of a text with punctuation trimmed from their edges.</summary>
    private static List<string> Words(string text) =>
        [.. text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim(".,;:!?()[]{}'’‘*".ToCharArray()))
            .Where(w => w.Any(char.IsLetterOrDigit))
            .Select(w => w.Normalize(NormalizationForm.FormC))];

    private sealed record Token(int Position, bool Excluded, QueryItem? Item)
    {
        public bool IsOr => Item is null;
    }
}
