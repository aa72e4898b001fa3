namespace Archive.Core.Documents;

/// <summary>ISO 639-1 codes of the archive's languages, as used in ids, URLs and the API.</summary>
public static class DocumentLanguages
{
    /// <summary>The codes of the archive's two languages, '|'-separated, for the hosts' validation.</summary>
    public const string Codes = "en|id";

    public static string ToCode(this DocumentLanguage language) => language switch
    {
        DocumentLanguage.English => "en",
        DocumentLanguage.Indonesian => "id",
        _ => "und",
    };

    /// <summary>Parses "en", "id" (also "in", "english", "indonesian", "bahasa"); anything else is <see cref="DocumentLanguage.Unknown"/>.</summary>
    public static DocumentLanguage Parse(string? code) => code?.Trim().ToLowerInvariant() switch
    {
        "en" or "eng" or "english" => DocumentLanguage.English,
        "id" or "in" or "ind" or "indonesian" or "bahasa" or "bahasa indonesia" => DocumentLanguage.Indonesian,
        _ => DocumentLanguage.Unknown,
    };

    /// <summary>The language's English name, for messages: "English", "Indonesian", "an unknown language".</summary>
    public static string Name(this DocumentLanguage language) => language switch
    {
        DocumentLanguage.English => "English",
        DocumentLanguage.Indonesian => "Indonesian",
        _ => "an unknown language",
    };

    /// <summary>The other language of the archive's pair (English ↔ Indonesian).</summary>
    public static DocumentLanguage Other(this DocumentLanguage language) => language switch
    {
        DocumentLanguage.English => DocumentLanguage.Indonesian,
        DocumentLanguage.Indonesian => DocumentLanguage.English,
        _ => DocumentLanguage.Unknown,
    };
}
