namespace Archive.Core.Documents;

/// <summary>Names of <see cref="DocumentType"/> in the catalog, in ids and in each language.</summary>
public static class DocumentTypes
{
    /// <summary>Every <see cref="ToCode"/> spelling, '|'-separated, for the hosts' validation.</summary>
    public const string Codes = "co-chairs-statement|declaration|framework|strategy|other";

    /// <summary>The catalog and API spelling, e.g. "co-chairs-statement".</summary>
    public static string ToCode(this DocumentType type) => type switch
    {
        DocumentType.CoChairsStatement => "co-chairs-statement",
        DocumentType.Declaration => "declaration",
        DocumentType.Framework => "framework",
        DocumentType.Strategy => "strategy",
        _ => "other",
    };

    /// <summary>The short form used inside document ids, e.g. "cochairs" in <c>bpmc6-2016-cochairs-en</c>.</summary>
    public static string ToIdSlug(this DocumentType type) => type switch
    {
        DocumentType.CoChairsStatement => "cochairs",
        DocumentType.Declaration => "declaration",
        DocumentType.Framework => "rcf",
        DocumentType.Strategy => "strategy",
        _ => "doc",
    };

    public static bool TryParse(string? code, out DocumentType type)
    {
        type = code?.Trim().ToLowerInvariant() switch
        {
            "co-chairs-statement" or "cochairs" or "co-chairs" => DocumentType.CoChairsStatement,
            "declaration" => DocumentType.Declaration,
            "framework" or "rcf" => DocumentType.Framework,
            "strategy" => DocumentType.Strategy,
            "other" => DocumentType.Other,
            _ => (DocumentType)(-1),
        };
        return Enum.IsDefined(type);
    }

    /// <summary>The generic name of the type in a language, used in citations when a document has no short title.</summary>
    public static string DisplayName(this DocumentType type, DocumentLanguage language) => (type, language) switch
    {
        (DocumentType.CoChairsStatement, DocumentLanguage.Indonesian) => "Pernyataan Ketua Bersama",
        (DocumentType.CoChairsStatement, _) => "Co-Chairs' Statement",
        (DocumentType.Declaration, DocumentLanguage.Indonesian) => "Deklarasi",
        (DocumentType.Declaration, _) => "Declaration",
        (DocumentType.Framework, DocumentLanguage.Indonesian) => "Kerangka Kerja Sama Regional",
        (DocumentType.Framework, _) => "Regional Cooperation Framework",
        (DocumentType.Strategy, DocumentLanguage.Indonesian) => "Strategi",
        (DocumentType.Strategy, _) => "Strategy",
        (_, DocumentLanguage.Indonesian) => "Dokumen",
        _ => "Document",
    };
}
