namespace Archive.Contracts;

/// <summary>One paragraph with its document and its counterpart.</summary>
public sealed record ParagraphDetailResponse(
    string Id,
    string DocumentId,
    string DocumentTitle,
    string Language,
    string Anchor,
    string? Number,
    string? Section,
    string? Attachment,
    IReadOnlyList<int> Pages,
    string Source,
    bool Sample,
    string Text,
    string Citation,
    CounterpartResponse? Counterpart,
    string Permalink);
