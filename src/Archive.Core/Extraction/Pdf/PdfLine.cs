using Archive.Core.Extraction.Ocr;

namespace Archive.Core.Extraction.Pdf;

/// <summary>One line of one column of a PDF page, in page coordinates (points, y upwards); <see cref="Ocr"/> counts its words read by OCR.</summary>
internal sealed record PdfLine(
    int Page,
    int Column,
    string Text,
    double Left,
    double Right,
    double Baseline,
    double Top,
    double Bottom,
    double FontSize,
    bool Bold,
    bool BarcodeFont,
    OcrTally Ocr = default)
{
    public double Width => Right - Left;

    /// <summary>Footnote reference marks taken off the line's words ("members.³" gives "3"), in order.</summary>
    public IReadOnlyList<string> NoteRefs { get; init; } = [];
}
