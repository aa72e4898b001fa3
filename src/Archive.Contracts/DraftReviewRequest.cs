using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Archive.Core.Documents;
using Archive.Core.Drafts;

namespace Archive.Contracts;

/// <summary>A whole draft to check against agreed text, as JSON: its paragraphs, or its text.</summary>
public sealed record DraftReviewRequest
{
    /// <summary>The default number of precedents per paragraph.</summary>
    public const int DefaultK = 3;

    /// <summary>Most precedents per paragraph.</summary>
    public const int MaxK = 5;

    [Description("The draft's paragraphs, in order. Give these or text.")]
    [MaxLength(DraftReviewer.MaxParagraphs, ErrorMessage = "{0} may hold at most {1} paragraphs.")]
    public IReadOnlyList<string>? Paragraphs { get; init; }

    [Description("The draft as text, paragraphs apart by blank lines, numbered or not (\"12. Ministers …\"). Give this or paragraphs.")]
    public string? Text { get; init; }

    [Description("The draft's language: en or id; detected when left out.")]
    [RegularExpression("^(" + DocumentLanguages.Codes + ")$", ErrorMessage = "{0} must be en or id.")]
    public string? Lang { get; init; }

    [Description("Precedents per paragraph, 1-5. Default 3.")]
    [Range(1, MaxK, ErrorMessage = "{0} must be between {1} and {2}.")]
    public int? K { get; init; }
}
