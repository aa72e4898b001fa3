using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Archive.Core.Citations;
using Archive.Core.Documents;

namespace Archive.Contracts;

/// <summary>How to write a citation.</summary>
public sealed record CiteQuery
{
    [Description("text (default), bibtex, ris or csl-json.")]
    [RegularExpression("^(" + CitationFormats.Codes + ")$", ErrorMessage = "format must be text, bibtex, ris or csl-json.")]
    [DefaultValue("text")]
    public string? Format { get; init; }

    [Description("The language the citation is written in: en or id (default: the document's).")]
    [RegularExpression("^(" + DocumentLanguages.Codes + ")$", ErrorMessage = "lang must be en or id.")]
    public string? Lang { get; init; }
}
