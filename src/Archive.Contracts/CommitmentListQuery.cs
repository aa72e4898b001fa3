using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Archive.Core.Commitments;
using Archive.Core.Documents;

namespace Archive.Contracts;

/// <summary>Filters of <c>GET /api/commitments</c>; every filter is optional.</summary>
public sealed record CommitmentListQuery
{
    /// <summary>Commitments per page when k is left out.</summary>
    public const int DefaultK = 50;

    [Description("Topic id (GET /api/topics lists them), e.g. returns-reintegration.")]
    public string? Topic { get; init; }

    [Description("Who commits: ministers, co-chairs, members, senior-officials or a body's id.")]
    public string? Actor { get; init; }

    [Description("Who is tasked or encouraged, by id: rso, ahg, wg-tip, members, unhcr, iom …")]
    public string? Addressee { get; init; }

    [Description("Strength: decision, commitment, tasking, encouragement or acknowledgement.")]
    [RegularExpression("^(" + CommitmentStrengths.Codes + ")$",
        ErrorMessage = "{0} must be decision, commitment, tasking, encouragement or acknowledgement.")]
    public string? Strength { get; init; }

    [Description("Number of the Ministerial Conference (1-99).")]
    [Range(1, 99, ErrorMessage = "{0} must be between {1} and {2}.")]
    public int? Conference { get; init; }

    [Description("Language of the commitments: en or id (default: both).")]
    [RegularExpression("^(" + DocumentLanguages.Codes + ")$", ErrorMessage = "{0} must be en or id.")]
    public string? Lang { get; init; }

    [Description("Words the clause must contain (all of them, any case).")]
    [StringLength(200, ErrorMessage = "{0} may be at most {1} characters long.")]
    public string? Q { get; init; }

    [Description("Commitments per page, 1-1000.")]
    [Range(1, 1000, ErrorMessage = "{0} must be between {1} and {2}.")]
    [DefaultValue(DefaultK)]
    public int? K { get; init; }

    [Description("Commitments to skip.")]
    [Range(0, 1_000_000, ErrorMessage = "{0} must not be negative.")]
    [DefaultValue(0)]
    public int? Offset { get; init; }

    [Description("json (default) or csv: a spreadsheet-ready file (UTF-8, header row) of the whole filtered list.")]
    [RegularExpression("^(json|csv)$", ErrorMessage = "{0} must be json or csv.")]
    public string? Format { get; init; }
}
