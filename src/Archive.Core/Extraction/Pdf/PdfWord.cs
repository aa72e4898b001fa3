using UglyToad.PdfPig.Content;

namespace Archive.Core.Extraction.Pdf;

/// <summary>
/// A word of a page, placed by its letters' baselines and advance widths, which every producer writes right, not by
/// glyph boxes: for a font that is not embedded PdfPig gives every glyph the font's whole bounding box (an "e" of
/// 4.4 pt advance gets a 26 pt box), so boxes of neighbouring words overlap. Vertical extents are the glyph boxes
/// clamped to the letters' size around the baseline.
/// </summary>
internal sealed record PdfWord(string Text, IReadOnlyList<Letter> Letters, double Left, double Right, double Top, double Bottom, double Baseline, double FontSize)
{
    public string? FontName => Letters[0].FontName;

    public static PdfWord Of(IReadOnlyList<Letter> letters)
    {
        ArgumentOutOfRangeException.ThrowIfZero(letters.Count);
        var size = letters.Max(Size);
        var baseline = letters[0].StartBaseLine.Y;
        return new PdfWord(
            string.Concat(letters.Select(l => l.Value)),
            letters,
            letters.Min(l => Math.Min(l.StartBaseLine.X, l.EndBaseLine.X)),
            letters.Max(l => Math.Max(l.StartBaseLine.X, l.EndBaseLine.X)),
            letters.Max(l => Math.Clamp(l.BoundingBox.Top, l.StartBaseLine.Y + (0.5 * Size(l)), l.StartBaseLine.Y + Size(l))),
            letters.Min(l => Math.Clamp(l.BoundingBox.Bottom, l.StartBaseLine.Y - (0.3 * Size(l)), l.StartBaseLine.Y)),
            baseline,
            size);
    }

    /// <summary>The letter's size in points on the page; a Tf size of 1 scaled by the text matrix counts as its rendered size.</summary>
    public static double Size(Letter letter) => letter.PointSize > 0 ? letter.PointSize : Math.Max(1, letter.BoundingBox.Height);
}
