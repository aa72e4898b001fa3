using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Archive.Core.Documents;
using Archive.Core.Precedent;

namespace Archive.Contracts;

/// <summary>A draft paragraph to check against agreed text.</summary>
public sealed record PrecedentRequest
{
    [Description("The draft paragraph, in English or Indonesian (at most 5,000 characters).")]
    [Required(AllowEmptyStrings = false, ErrorMessage = "text is required: the draft paragraph to check.")]
    public string? Text { get; init; }

    [Description("The draft's language: en or id; detected when left out.")]
    [RegularExpression("^(" + DocumentLanguages.Codes + ")$", ErrorMessage = "lang must be en or id.")]
    public string? Lang { get; init; }

    [Description("How many precedents, 1-20. Default 5.")]
    [Range(1, PrecedentFinder.MaxK, ErrorMessage = "k must be between {1} and {2}.")]
    [DefaultValue(5)]
    public int? K { get; init; }
}
