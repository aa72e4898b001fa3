namespace Archive.Core.Drafts;

/// <summary>One paragraph of a draft, with the number it carries (Word's list number, or a typed one), if any.</summary>
public sealed record DraftParagraph(string? Number, string Text);
