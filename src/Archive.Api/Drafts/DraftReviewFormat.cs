using System.ComponentModel;

namespace Archive.Api.Drafts;

/// <summary>How a review is answered.</summary>
internal sealed record DraftReviewFormat
{
    [Description("json (the default) or docx: the draft as a Word file with the review as comments.")]
    public string? Format { get; init; }
}
