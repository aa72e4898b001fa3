namespace Archive.Core.Extraction.Pdf;

/// <summary>One line of one column of a PDF page, in page coordinates (points, y upwards).</summary>
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
    bool BarcodeFont)
{
    public double Width => Right - Left;
}
