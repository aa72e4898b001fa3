using Archive.Core.Documents;

namespace Archive.Core.Structuring;

/// <summary>The structure recognised in a document's blocks.</summary>
/// <param name="TitleLines">The lines of the title block (title, subtitle, place and date), in order.</param>
/// <param name="Symbol">A document symbol such as "BP/MC8/2023/1", if printed.</param>
public sealed record StructuredText(
    IReadOnlyList<string> TitleLines,
    string? Symbol,
    IReadOnlyList<StructuredParagraph> Paragraphs,
    IReadOnlyList<string> Warnings)
{
    /// <summary>What the document's cover or masthead says about it; its blocks are not among the paragraphs.</summary>
    public CoverMetadata Cover { get; init; } = CoverMetadata.None;
}
