namespace Archive.Api.Drafts;

/// <summary>The draft upload as the API reference shows it; the request is read by <see cref="DraftEndpoints"/> itself.</summary>
internal sealed class DraftReviewForm
{
    /// <summary>The draft: Word (.docx), PDF, HTML, text or Markdown, told apart by content.</summary>
    public required IFormFile File { get; init; }

    /// <summary>en or id; detected when left out.</summary>
    public string? Lang { get; init; }

    /// <summary>Precedents per paragraph, 1-5. Default 3.</summary>
    public int? K { get; init; }
}
