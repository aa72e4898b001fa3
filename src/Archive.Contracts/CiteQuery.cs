using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Archive.Core.Citations;
using Archive.Core.Documents;

namespace Archive.Contracts;

/// <summary>How to write a citation: the query of the cite endpoints and the arguments of the <c>cite</c> tool.</summary>
public sealed record CiteQuery
{
    [Description("text (default), bibtex, ris or csl-json.")]
    [RegularExpression("^(" + CitationFormats.Codes + ")$", ErrorMessage = "{0} must be text, bibtex, ris or csl-json.")]
    [DefaultValue("text")]
    public string? Format { get; init; }

    [Description("The language the citation is written in: en or id (default: the document's).")]
    [RegularExpression("^(" + DocumentLanguages.Codes + ")$", ErrorMessage = "{0} must be en or id.")]
    public string? Lang { get; init; }
}
