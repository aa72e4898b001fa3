using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Archive.Core.Text;

/// <summary>
/// The words of a text, as every rule of the archive that looks at words reads them. Below every capability (Documents
/// and Extraction use it too), so it depends on nothing else of the archive.
/// </summary>
public static partial class Words
{
    /// <summary>
    /// A word: letters and digits, with inner hyphens and apostrophes ("co-chairs", "negara-negara"; "Ministers’"
    /// reads as "Ministers"). A regular expression, for rules that read words and something else.
    /// </summary>
    public const string Pattern = @"[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*";

    /// <summary>The words of a text, in order, with where each stands (<see cref="Capture.Index"/>, <see cref="Capture.Length"/>).</summary>
    public static MatchCollection Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Word().Matches(text);
    }

    /// <summary>The words of a text, in order, as written.</summary>
    public static IReadOnlyList<string> Tokens(string text) => [.. Find(text).Select(m => m.Value)];

    /// <summary>
    /// How many words a line has as it is printed: the runs between spaces, so "3.1", "U.S." and "—" count once each.
    /// What the length rules of structure (a heading has a dozen words at most) count.
    /// </summary>
    public static int Count(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
    }

    /// <summary>The text without its accents ("Pernyataan Bersama" stays, "Déclaration" becomes "Declaration"); case is kept.</summary>
    public static string FoldAccents(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark))
        {
            folded.Append(c);
        }

        return folded.ToString();
    }

    [GeneratedRegex(Pattern)]
    private static partial Regex Word();
}
