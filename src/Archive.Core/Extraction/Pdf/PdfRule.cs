using UglyToad.PdfPig.Content;

namespace Archive.Core.Extraction.Pdf;

/// <summary>A short horizontal line drawn on a page, in page coordinates (points, y upwards).</summary>
internal readonly record struct PdfRule(double Left, double Right, double Y)
{
    // A rule is a stroke or a filled bar no thicker than this; anything taller is a box or a shaded cell.
    private const double MaxThickness = 2;

    public double Width => Right - Left;

    /// <summary>The page's horizontal rules at least 24 pt long; boxes, curves and page-wide frames are not rules.</summary>
    public static List<PdfRule> Of(Page page)
    {
        var rules = new List<PdfRule>();
        foreach (var path in page.Paths)
        {
            if ((!path.IsFilled && !path.IsStroked) || path.GetBoundingRectangle() is not { } box)
            {
                continue;
            }

            if (box.Height <= MaxThickness && box.Width >= 24 && box.Width < 0.9 * page.Width)
            {
                rules.Add(new PdfRule(box.Left, box.Right, (box.Top + box.Bottom) / 2));
            }
        }

        return rules;
    }
}
