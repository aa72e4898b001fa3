namespace Archive.Core.Extraction.Pdf;

/// <summary>The horizontal extent of a column on a page: 0 is full width, 1 the left and 2 the right column.</summary>
internal readonly record struct PdfColumn(int Index, double Left, double Right)
{
    public double Width => Right - Left;

    public double Center => (Left + Right) / 2;

    /// <summary>
    /// The extents of the body text's columns, measured over the whole document once running heads, footers and
    /// footnotes are out: the left margin is where most lines start (a hanging number or an indented first line
    /// starts elsewhere), the right margin where the longest lines end. Measured from all lines of a page instead, a
    /// header wider than the text makes a full line look indented, or centred.
    /// </summary>
    public static Dictionary<(int Page, int Column), PdfColumn> OfBody(IReadOnlyList<PdfLine> body, IReadOnlyDictionary<(int Page, int Column), PdfColumn> pages)
    {
        var byIndex = body.GroupBy(l => l.Column).ToDictionary(g => g.Key, g => Measure(g.Key, [.. g]));
        return pages.ToDictionary(p => p.Key, p => byIndex.TryGetValue(p.Key.Column, out var column) && column.Width > 0 ? column : p.Value);
    }

    private static PdfColumn Measure(int index, List<PdfLine> lines)
    {
        var left = lines.GroupBy(l => Math.Round(l.Left))
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key)
            .First()
            .Min(l => l.Left);
        var rights = lines.Select(l => l.Right).Order().ToList();
        var right = rights[(int)Math.Floor(0.95 * (rights.Count - 1))];
        return new PdfColumn(index, Math.Min(left, right), right);
    }
}
