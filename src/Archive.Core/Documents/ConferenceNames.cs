using System.Globalization;

namespace Archive.Core.Documents;

/// <summary>How the Ministerial Conferences are named in each language.</summary>
public static class ConferenceNames
{
    private static readonly string[] EnglishOrdinals =
        ["First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth", "Eleventh", "Twelfth"];

    private static readonly string[] IndonesianOrdinals =
        ["Pertama", "Kedua", "Ketiga", "Keempat", "Kelima", "Keenam", "Ketujuh", "Kedelapan", "Kesembilan", "Kesepuluh", "Kesebelas", "Kedua Belas"];

    /// <summary>English ordinal words, index 0 = "First".</summary>
    public static IReadOnlyList<string> EnglishOrdinalWords => EnglishOrdinals;

    /// <summary>Indonesian ordinal words, index 0 = "Pertama".</summary>
    public static IReadOnlyList<string> IndonesianOrdinalWords => IndonesianOrdinals;

    /// <summary>"Sixth Ministerial Conference of the Bali Process" / "Konferensi Tingkat Menteri Bali Process ke-6".</summary>
    public static string Name(int conference, DocumentLanguage language)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(conference, 1);
        if (language == DocumentLanguage.Indonesian)
        {
            return string.Create(CultureInfo.InvariantCulture, $"Konferensi Tingkat Menteri Bali Process ke-{conference}");
        }

        var ordinal = conference <= EnglishOrdinals.Length
            ? EnglishOrdinals[conference - 1]
            : string.Create(CultureInfo.InvariantCulture, $"{conference}th");
        return $"{ordinal} Ministerial Conference of the Bali Process";
    }
}
