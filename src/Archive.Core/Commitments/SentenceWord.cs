namespace Archive.Core.Commitments;

/// <summary>A word of a sentence, lower case, with where it stands in the sentence and whether it was written with a capital.</summary>
internal sealed record SentenceWord(string Text, int Start, int End, bool Capitalised)
{
    /// <summary>Whether <paramref name="sequence"/> (lower-case words: a party's form, a frame) stands in <paramref name="words"/> from <paramref name="at"/>.</summary>
    public static bool Spell(List<SentenceWord> words, IReadOnlyList<string> sequence, int at)
    {
        if (at < 0 || at + sequence.Count > words.Count)
        {
            return false;
        }

        for (var k = 0; k < sequence.Count; k++)
        {
            if (words[at + k].Text != sequence[k])
            {
                return false;
            }
        }

        return true;
    }
}
