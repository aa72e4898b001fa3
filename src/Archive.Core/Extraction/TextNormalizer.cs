using System.Text;
using System.Text.RegularExpressions;

namespace Archive.Core.Extraction;

/// <summary>
/// Character-level clean-up shared by every extractor: typographic ligatures to plain letters, odd spaces to
/// spaces, and lines joined back into running text with end-of-line hyphenation undone.
/// </summary>
public static partial class TextNormalizer
{
    // First halves of compounds the field writes with a hyphen; a line break after them keeps the hyphen.
    private static readonly HashSet<string> CompoundPrefixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "cross", "non", "co", "self", "anti", "multi", "well", "ex", "semi", "follow", "long", "short", "high", "low",
        "evidence", "victim", "gender", "child", "whole", "government", "people", "region", "state", "sub",
    };

    /// <summary>Replaces ligature glyphs (ﬁ ﬂ ﬀ ﬃ ﬄ ﬅ ﬆ), odd spaces and control characters; collapses whitespace runs.</summary>
    public static string NormalizeCharacters(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\uFB00': builder.Append("ff"); break;
                case '\uFB01': builder.Append("fi"); break;
                case '\uFB02': builder.Append("fl"); break;
                case '\uFB03': builder.Append("ffi"); break;
                case '\uFB04': builder.Append("ffl"); break;
                case '\uFB05' or '\uFB06': builder.Append("st"); break;
                case '\u00A0' or '\u2007' or '\u202F' or '\u2009' or '\u200A' or '\t': builder.Append(' '); break;
                case '\u200B' or '\u200C' or '\u200D' or '\uFEFF': break;
                case '\u2010' or '\u2011': builder.Append('-'); break;
                default:
                    if (!char.IsControl(c) || c == '\n')
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>Collapses runs of spaces (not newlines) and trims each line.</summary>
    public static string CollapseSpaces(string text) =>
        string.Join('\n', text.Split('\n').Select(line => SpaceRun().Replace(line, " ").Trim()));

    /// <summary>
    /// Joins the lines of one paragraph into running text. A soft hyphen at a line end is dropped. A hard hyphen
    /// after a letter, followed by a line starting in lower case, is dropped ("smug-" + "gling") only when the
    /// document's vocabulary says it was inserted by hyphenation, and never where the two halves repeat
    /// (Indonesian reduplication "negara-" + "negara"), the first half is a compound prefix ("cross-" + "border")
    /// or the hyphen joins a capitalised or numeric part ("COVID-" + "19").
    /// </summary>
    public static string JoinLines(IEnumerable<string> lines, HyphenationVocabulary? vocabulary = null)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var builder = new StringBuilder();
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (builder.Length == 0)
            {
                builder.Append(line);
                continue;
            }

            var last = builder[^1];
            if (last == '\u00AD')
            {
                builder.Length--;
                builder.Append(line);
            }
            else if (last == '-' && ShouldDropHyphen(builder, line, vocabulary ?? HyphenationVocabulary.Empty))
            {
                builder.Length--;
                builder.Append(line);
            }
            else if (last == '-' && builder.Length > 1 && char.IsLetterOrDigit(builder[^2]))
            {
                // A real hyphen that happened to fall at the line end ("negara-negara", "COVID-19").
                builder.Append(line);
            }
            else
            {
                builder.Append(' ').Append(line);
            }
        }

        return SpaceRun().Replace(builder.ToString().Replace("\u00AD", string.Empty, StringComparison.Ordinal), " ").Trim();
    }

    private static bool ShouldDropHyphen(StringBuilder text, string nextLine, HyphenationVocabulary vocabulary)
    {
        if (text.Length < 2 || !char.IsLetter(text[^2]) || nextLine.Length == 0 || !char.IsLower(nextLine[0]))
        {
            return false;
        }

        var start = text.Length - 1;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        var before = text.ToString(start, text.Length - 1 - start);
        var after = new string([.. nextLine.TakeWhile(char.IsLetter)]);
        if (before.Length == 0 || char.IsUpper(before[^1]))
        {
            return false;
        }

        // Reduplication (negara-negara, langkah-langkah, upaya-upaya) and known compounds keep their hyphen.
        return !after.StartsWith(before, StringComparison.OrdinalIgnoreCase) && !CompoundPrefixes.Contains(before)
            && !vocabulary.KeepsHyphen(before, after);
    }

    /// <summary>
    /// True when a line closes a sentence or clause: ". : ; ! ?", perhaps followed by a quote or bracket, then only
    /// spaces. The one rule for where a line may end a paragraph (extraction) and why it is no heading (structure).
    /// </summary>
    public static bool EndsClause(string line) => ClauseEnd().IsMatch(line);

    [GeneratedRegex(@"[.!?:;][""'’”)]?\s*$")]
    private static partial Regex ClauseEnd();

    [GeneratedRegex(" {2,}")]
    private static partial Regex SpaceRun();
}
