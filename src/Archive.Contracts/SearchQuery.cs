using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Archive.Core.Documents;
using Archive.Core.Search;

namespace Archive.Contracts;

/// <summary>
/// A search: the parameters of <c>GET /api/search</c>, the <c>search_paragraphs</c> tool and <c>archive search</c>.
/// Messages say <c>{0}</c> where the caller's name of the field goes (<see cref="RequestValidation"/>).
/// </summary>
public sealed record SearchQuery : DocumentFilters
{
    /// <summary>The query: words, "quoted phrases", -excluded, OR.</summary>
    [Description("The query: words, \"quoted phrases\", -excluded words, OR between alternatives. English or Indonesian.")]
    [Required(AllowEmptyStrings = false, ErrorMessage = "{0} is required: type at least one word.")]
    [StringLength(QuerySyntax.MaxLength, ErrorMessage = "{0} may be at most {1} characters long.")]
    public string? Q { get; init; }

    [Description("Language of the paragraphs returned: any (default), en or id. With en or id, a query in the other language still finds them through their translations.")]
    [RegularExpression("^(any|" + DocumentLanguages.Codes + ")$", ErrorMessage = "{0} must be any, en or id.")]
    [DefaultValue("any")]
    public string? Lang { get; init; }

    [Description("Hits per page, 1-100.")]
    [Range(1, SearchRequest.MaxK, ErrorMessage = "{0} must be between {1} and {2}.")]
    [DefaultValue(10)]
    public int? K { get; init; }

    [Description("Hits to skip, 0-10000.")]
    [Range(0, SearchRequest.MaxOffset, ErrorMessage = "{0} must be between {1} and {2}.")]
    [DefaultValue(0)]
    public int? Offset { get; init; }

    [Description("relevance (default), date (newest first) or date-asc (oldest first).")]
    [RegularExpression("^(" + SearchSpellings.Sorts + ")$", ErrorMessage = "{0} must be relevance, date or date-asc.")]
    [DefaultValue("relevance")]
    public string? Sort { get; init; }

    [Description("true: match the words exactly as typed (no stemming, no translation).")]
    public bool? Exact { get; init; }

    [Description("true: at most one hit per document, its best paragraph.")]
    public bool? Collapse { get; init; }

    [Description("lexical (words), hybrid (words and meaning fused; the default when embeddings are on) or semantic (meaning only).")]
    [RegularExpression("^(" + SearchSpellings.Modes + ")$", ErrorMessage = "{0} must be lexical, hybrid or semantic.")]
    public string? Mode { get; init; }

    [Description("compact (default): each hit's id, language, citation, score, snippet of the matching sentences, counterpart id and permalink; full: everything (document, paragraph, text, highlight, scores, matched, counterpart, commitments).")]
    [RegularExpression("^(" + HitFieldSpellings.Views + ")$", ErrorMessage = "{0} must be compact or full.")]
    [DefaultValue("compact")]
    public string? View { get; init; }

    [Description("Parts to add to compact hits, comma-separated: document, paragraph, text, highlight, scores, matched, counterpart, commitments.")]
    [RegularExpression(HitFieldSpellings.FieldListPattern, ErrorMessage = "{0} must be a comma-separated list of document, paragraph, text, highlight, scores, matched, counterpart, commitments.")]
    public string? Fields { get; init; }

    /// <summary>The Core request; call it on a query that has passed validation, whose every value parses.</summary>
    public SearchRequest ToRequest() => new(
        Q!,
        DocumentLanguages.Parse(Lang),
        DocumentTypes.TryParse(Type, out var type) ? type : null,
        Conference,
        From,
        To,
        Sample,
        K ?? 10,
        Offset ?? 0,
        SearchSpellings.ParseSort(Sort),
        Exact ?? false,
        Collapse ?? false,
        SearchSpellings.ParseMode(Mode));
}
