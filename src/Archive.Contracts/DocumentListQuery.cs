using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Archive.Core.Documents;

namespace Archive.Contracts;

/// <summary>Filters of <c>GET /api/documents</c>; every filter is optional.</summary>
public sealed record DocumentListQuery
{
    /// <summary>Language version: "en" or "id".</summary>
    [Description("Language version: en or id.")]
    [RegularExpression("^(" + DocumentLanguages.Codes + ")$", ErrorMessage = "lang must be \"en\" or \"id\".")]
    public string? Lang { get; init; }

    /// <summary>Document type.</summary>
    [Description("Document type: co-chairs-statement, declaration, framework, strategy or other.")]
    [RegularExpression("^(" + DocumentTypes.Codes + ")$",
        ErrorMessage = "type must be one of co-chairs-statement, declaration, framework, strategy, other.")]
    public string? Type { get; init; }

    /// <summary>Number of the Ministerial Conference.</summary>
    [Description("Number of the Bali Process Ministerial Conference (1-99).")]
    [Range(1, 99)]
    public int? Conference { get; init; }

    /// <summary>True for the bundled illustrative documents only, false for user documents only.</summary>
    [Description("true: only the bundled illustrative samples; false: only documents users added.")]
    public bool? Sample { get; init; }
}
