using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Archive.Core.Documents;

namespace Archive.Contracts;

/// <summary>
/// The two points of <c>GET /api/changes</c>, its optional language and topic, and the page of changes. The points are read against the
/// archive's meetings (<c>MeetingChanges.Check</c>), so what is wrong with them is said under their own names.
/// </summary>
public sealed record ChangesQuery
{
    [Description("The earlier point: a conference number (7), a date (2019, 2019-11, 2019-11-05: the meetings dated within it), a document id or a meeting id (GET /api/meetings).")]
    public string? From { get; init; }

    [Description("The later point, in the same forms; every meeting of from must come before every meeting of to.")]
    public string? To { get; init; }

    [Description("Language of the commitments compared: en (default) or id.")]
    [RegularExpression("^(" + DocumentLanguages.Codes + ")$", ErrorMessage = "{0} must be en or id.")]
    public string? Lang { get; init; }

    [Description("Only lineages on this topic (GET /api/topics lists them).")]
    public string? Topic { get; init; }

    [Description("How many changes, 1-1000; every one when left out. counts says how many there are of each status.")]
    [Range(1, 1000, ErrorMessage = "{0} must be between {1} and {2}.")]
    public int? K { get; init; }

    [Description("Changes to skip, for the next page.")]
    [Range(0, 1_000_000, ErrorMessage = "{0} must not be negative.")]
    public int? Offset { get; init; }
}
