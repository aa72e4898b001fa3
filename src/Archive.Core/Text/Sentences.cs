using System.Text.RegularExpressions;

namespace Archive.Core.Text;

/// <summary>
/// The sentences of a paragraph as the archive reads them: a break after a full stop, question or exclamation mark or
/// semicolon, before what starts a sentence or a list item. Snippets are cut at them, and aligned paragraphs are
/// aligned sentence by sentence when both have as many.
/// </summary>
public static partial class Sentences
{
    /// <summary>Sentence spans, in order, without the spaces between them.</summary>
    /// <param name="semicolonEnds">
    /// Whether a semicolon ends a sentence, as it ends a snippet. The commitment extractor says no: the parts of a
    /// "Ministers agreed to …; and to …" list share the subject the first part names.
    /// </param>
    public static IReadOnlyList<(int Start, int End)> Spans(string text, bool semicolonEnds = true)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<(int Start, int End)>();
        var start = 0;
        foreach (Match space in (semicolonEnds ? SentenceBreak() : FullStopBreak()).Matches(text))
        {
            sentences.Add((start, space.Index));
            start = space.Index + space.Length;
        }

        sentences.Add((start, text.TrimEnd().Length));
        return [.. sentences.Where(s => s.End > s.Start)];
    }

    [GeneratedRegex(@"(?<=[.!?;])\s+(?=[\p{Lu}\d(""“'])")]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[\p{Lu}\d(""“'])")]
    private static partial Regex FullStopBreak();
}
