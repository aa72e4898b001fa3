using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Archive.Core.Documents;
using Archive.Core.Precedent;

namespace Archive.Contracts;

/// <summary>A draft paragraph to check against agreed text.</summary>
public sealed record PrecedentRequest
{
    /// <summary>The limits of a draft, as every caller describes them (<see cref="PrecedentFinder.MinWords"/>, <see cref="PrecedentFinder.MaxCharacters"/>).</summary>
    public const string DraftLimits = "at least three words, at most 5,000 characters";

    /// <summary>The default number of precedents.</summary>
    public const int DefaultK = 5;

    [Description("The draft paragraph, in English or Indonesian (" + DraftLimits + ").")]
    [Required(AllowEmptyStrings = false, ErrorMessage = "{0} is required: the draft paragraph to check.")]
    public string? Text { get; init; }

    [Description("The draft's language: en or id; detected when left out.")]
    [RegularExpression("^(" + DocumentLanguages.Codes + ")$", ErrorMessage = "{0} must be en or id.")]
    public string? Lang { get; init; }

    [Description("How many precedents, 1-20. Default 5.")]
    [Range(1, PrecedentFinder.MaxK, ErrorMessage = "{0} must be between {1} and {2}.")]
    // No DefaultValue: a generated client would make a field with a default required in the request (openapi-typescript).
    public int? K { get; init; }
}
