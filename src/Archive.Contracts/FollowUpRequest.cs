using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Archive.Core.FollowUp;

namespace Archive.Contracts;

/// <summary>The body of <c>PUT /api/commitments/{id}/follow-up</c>: the record's new state, as a whole.</summary>
public sealed record FollowUpRequest
{
    /// <summary>Longest note, in characters.</summary>
    public const int MaxNoteLength = 4000;

    /// <summary>Most evidence items per record.</summary>
    public const int MaxEvidence = 20;

    [Description("not-started, in-progress, implemented or superseded.")]
    [Required(ErrorMessage = "status is required: not-started, in-progress, implemented or superseded.")]
    [RegularExpression("^(" + FollowUpStatuses.Codes + ")$", ErrorMessage = "status must be not-started, in-progress, implemented or superseded.")]
    public string? Status { get; init; }

    [Description("What was done, by whom, what is left (at most 4,000 characters).")]
    [MaxLength(MaxNoteLength, ErrorMessage = "note must be at most 4000 characters.")]
    public string? Note { get; init; }

    [Description("Addresses (http or https) or paragraph ids of the archive (e.g. bpmc8-2023-declaration-en/p12) that show the status; at most 20.")]
    [MaxLength(MaxEvidence, ErrorMessage = "evidence has at most 20 items.")]
    public IReadOnlyList<string>? Evidence { get; init; }
}
