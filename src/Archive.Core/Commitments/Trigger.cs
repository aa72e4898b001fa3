namespace Archive.Core.Commitments;

/// <summary>
/// Trigger words and the strength they give a clause. A pattern word ending in * matches any ending ("encourag*"),
/// "a|b" matches either word, and "~" up to two words of any kind ("reaffirmed our ~ commitment" reads "reaffirmed
/// our strong commitment" too).
/// </summary>
public sealed record Trigger(CommitmentStrength Strength, TriggerVoice Voice, IReadOnlyList<string> Words)
{
    private const int MaxGap = 2;

    /// <summary>How many words the trigger spans from <paramref name="start"/>, or 0 when it does not stand there.</summary>
    public int MatchLength(IReadOnlyList<string> words, int start)
    {
        ArgumentNullException.ThrowIfNull(words);
        return Match(words, start, 0) is var end and >= 0 ? end - start : 0;
    }

    // The end of the match of the pattern from word <paramref name="pattern"/> on, at <paramref name="at"/>; -1 when none.
    private int Match(IReadOnlyList<string> words, int at, int pattern)
    {
        if (pattern == Words.Count)
        {
            return at;
        }

        if (Words[pattern] == "~")
        {
            for (var skip = 0; skip <= MaxGap && at + skip <= words.Count; skip++)
            {
                if (Match(words, at + skip, pattern + 1) is var end and >= 0)
                {
                    return end;
                }
            }

            return -1;
        }

        return at < words.Count && Fits(Words[pattern], words[at]) ? Match(words, at + 1, pattern + 1) : -1;
    }

    private static bool Fits(string pattern, string word)
    {
        foreach (var alternative in pattern.Split('|'))
        {
            if (alternative.EndsWith('*') ? word.StartsWith(alternative[..^1], StringComparison.Ordinal) : word == alternative)
            {
                return true;
            }
        }

        return false;
    }
}
