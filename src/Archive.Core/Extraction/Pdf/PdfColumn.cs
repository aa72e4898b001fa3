namespace Archive.Core.Extraction.Pdf;

/// <summary>The horizontal extent of a column on a page: 0 is full width, 1 the left and 2 the right column.</summary>
internal readonly record struct PdfColumn(int Index, double Left, double Right)
{
    public double Width => Right - Left;

    public double Center => (Left + Right) / 2;
}
