using UglyToad.PdfPig.Content;

namespace Archive.Core.Extraction.Pdf;

/// <summary>
/// A word of a page, placed by its letters' baselines and advance widths, which every producer writes right, not by
/// glyph boxes: for a font that is not embedded PdfPig gives every glyph the font's whole bounding box (an "e" of
/// 4.4 pt advance gets a 26 pt box), so boxes of neighbouring words overlap. Vertical extents are the glyph boxes
/// clamped to the letters' size around the baseline. A word OCR read from a page image has no letters: its box and
/// baseline are the recogniser's, its size the x-height-based size of its line, and it carries its confidence.
/// </summary>
internal sealed record PdfWord(string Text, IReadOnlyList<Letter> Letters, double Left, double Right, double Top, double Bottom, double Baseline, double FontSize)
{
    /// <summary>The recogniser's confidence in the word, 0-1; null for a word of the text layer.</summary>
    public double? Confidence { get; init; }

    /// <summary>A footnote reference mark that was set raised right after the word, taken off its text.</summary>
    public string? NoteRef { get; init; }

    public string? FontName => Letters.Count > 0 ? Letters[0].FontName : null;

    /// <summary>A word read by OCR, in page coordinates (points, y upwards).</summary>
    public static PdfWord Recognised(string text, double left, double right, double top, double bottom, double baseline, double fontSize, double confidence) =>
        new(text, [], left, right, top, bottom, baseline, fontSize) { Confidence = confidence };

    public static PdfWord Of(IReadOnlyList<Letter> letters)
    {
        ArgumentOutOfRangeException.ThrowIfZero(letters.Count);
        var text = new System.Text.StringBuilder();
        double size = 0, left = double.MaxValue, right = double.MinValue, top = double.MinValue, bottom = double.MaxValue;
        foreach (var letter in letters)
        {
            var letterSize = Size(letter);
            var y = letter.StartBaseLine.Y;
            text.Append(letter.Value);
            size = Math.Max(size, letterSize);
            left = Math.Min(left, Math.Min(letter.StartBaseLine.X, letter.EndBaseLine.X));
            right = Math.Max(right, Math.Max(letter.StartBaseLine.X, letter.EndBaseLine.X));
            top = Math.Max(top, Math.Clamp(letter.BoundingBox.Top, y + (0.5 * letterSize), y + letterSize));
            bottom = Math.Min(bottom, Math.Clamp(letter.BoundingBox.Bottom, y - (0.3 * letterSize), y));
        }

        return new PdfWord(text.ToString(), letters, left, right, top, bottom, letters[0].StartBaseLine.Y, size);
    }

    /// <summary>The letter's size in points on the page; a Tf size of 1 scaled by the text matrix counts as its rendered size.</summary>
    public static double Size(Letter letter) => letter.PointSize > 0 ? letter.PointSize : Math.Max(1, letter.BoundingBox.Height);
}
