using Archive.Core.Extraction.Ocr;

namespace Archive.Core.Extraction;

/// <summary>A run of text the extractor judged to be one paragraph, heading or title line, in reading order.</summary>
/// <param name="Text">The text with lines joined, hyphenation undone and whitespace normalised.</param>
/// <param name="Pages">1-based source pages the block stands on; empty where the format has no pages.</param>
/// <param name="Style">Layout hints.</param>
/// <param name="Ocr">The block's words read by OCR from a page image, if any.</param>
public sealed record TextBlock(string Text, IReadOnlyList<int> Pages, BlockStyle Style = BlockStyle.None, OcrTally Ocr = default)
{
    /// <summary>Markers of the footnotes the block cites, in order; their reference marks are not in <see cref="Text"/>.</summary>
    public IReadOnlyList<string> NoteRefs { get; init; } = [];

    /// <summary>The block's type size relative to the body text (1 for body text; 1.4 for 14 pt over 10 pt); 1 where the format has no sizes.</summary>
    public double Scale { get; init; } = 1;
}
