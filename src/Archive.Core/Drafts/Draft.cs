namespace Archive.Core.Drafts;

/// <summary>A draft statement read into paragraphs, and what reading it noticed (tracked changes accepted, say).</summary>
/// <param name="Title">The draft's own title, where its file has one.</param>
public sealed record Draft(string? Title, IReadOnlyList<DraftParagraph> Paragraphs, IReadOnlyList<string> Warnings);
