namespace Archive.Core.Citations;

public static class CitationFormats
{
    /// <summary>Every <see cref="ToCode"/> spelling, '|'-separated, for the hosts' validation.</summary>
    public const string Codes = "text|bibtex|ris|csl-json";

    /// <summary>The API spelling of a format.</summary>
    public static string ToCode(this CitationFormat format) => format switch
    {
        CitationFormat.BibTex => "bibtex",
        CitationFormat.Ris => "ris",
        CitationFormat.CslJson => "csl-json",
        _ => "text",
    };

    /// <summary>The API spelling: text, bibtex, ris, csl-json.</summary>
    public static bool TryParse(string? code, out CitationFormat format)
    {
        format = code?.Trim().ToLowerInvariant() switch
        {
            null or "" or "text" => CitationFormat.Text,
            "bibtex" => CitationFormat.BibTex,
            "ris" => CitationFormat.Ris,
            "csl-json" => CitationFormat.CslJson,
            _ => (CitationFormat)(-1),
        };
        return Enum.IsDefined(format);
    }

    /// <summary>The media type a format is served as.</summary>
    public static string MediaType(this CitationFormat format) => format switch
    {
        CitationFormat.BibTex => "application/x-bibtex",
        CitationFormat.Ris => "application/x-research-info-systems",
        CitationFormat.CslJson => "application/vnd.citationstyles.csl+json",
        _ => "text/plain",
    };

    /// <summary>The file extension of a format, for downloads.</summary>
    public static string Extension(this CitationFormat format) => format switch
    {
        CitationFormat.BibTex => "bib",
        CitationFormat.Ris => "ris",
        CitationFormat.CslJson => "json",
        _ => "txt",
    };
}
