using Archive.Core.Documents;
using Archive.Core.Text;

namespace Archive.Core.Structuring;

/// <summary>
/// Tells English from Indonesian by their commonest function words, with no external service. Function words
/// are frequent in any paragraph of either language and hardly shared between them, so a count is enough.
/// </summary>
public static class LanguageDetector
{
    private static readonly HashSet<string> English = new(StringComparer.Ordinal)
    {
        "the", "of", "and", "to", "in", "on", "for", "with", "that", "is", "are", "was", "were", "by", "be", "as", "their",
        "this", "which", "its", "from", "at", "an", "have", "has", "will", "would", "all", "also", "other", "these", "who",
    };

    private static readonly HashSet<string> Indonesian = new(StringComparer.Ordinal)
    {
        "yang", "dan", "di", "ke", "dari", "untuk", "dengan", "dalam", "pada", "ini", "itu", "oleh", "akan", "para",
        "sebagai", "tidak", "atas", "serta", "bagi", "juga", "kepada", "telah", "secara", "tentang", "antara", "agar",
        "adalah", "tersebut", "lebih", "sejak", "melalui", "bahwa",
    };

    /// <summary>The language of a text, and the share of its function words that belong to that language (0–1).</summary>
    public static (DocumentLanguage Language, double Confidence) Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int english = 0, indonesian = 0;
        foreach (var word in Words.Tokens(text.ToLowerInvariant()))
        {
            if (English.Contains(word))
            {
                english++;
            }
            else if (Indonesian.Contains(word))
            {
                indonesian++;
            }
        }

        var total = english + indonesian;
        if (total < 3)
        {
            return (DocumentLanguage.Unknown, 0);
        }

        return english >= indonesian
            ? (DocumentLanguage.English, (double)english / total)
            : (DocumentLanguage.Indonesian, (double)indonesian / total);
    }
}
