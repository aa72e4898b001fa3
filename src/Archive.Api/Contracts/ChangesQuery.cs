using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Archive.Core.Documents;

namespace Archive.Api.Contracts;

/// <summary>The two conferences of <c>GET /api/changes</c>, and its optional language and topic.</summary>
public sealed record ChangesQuery
{
    [Description("The earlier Ministerial Conference's number.")]
    [Required(ErrorMessage = "from (the earlier conference's number) is required.")]
    [Range(1, 99, ErrorMessage = "from must be between 1 and 99.")]
    public int? From { get; init; }

    [Description("The later Ministerial Conference's number.")]
    [Required(ErrorMessage = "to (the later conference's number) is required.")]
    [Range(1, 99, ErrorMessage = "to must be between 1 and 99.")]
    public int? To { get; init; }

    [Description("Language of the commitments compared: en (default) or id.")]
    [RegularExpression("^(" + DocumentLanguages.Codes + ")$", ErrorMessage = "lang must be en or id.")]
    public string? Lang { get; init; }

    [Description("Only lineages on this topic (GET /api/topics lists them).")]
    public string? Topic { get; init; }
}
