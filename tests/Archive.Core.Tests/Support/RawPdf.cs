using System.Globalization;
using System.Text;

namespace Archive.Core.Tests.Support;

/// <summary>
/// Writes a PDF object by object, for fonts PdfPig's builder cannot make: a TrueType font that is not embedded
/// (only its widths and descriptor, as Microsoft Word writes them for Arial or Calibri), or a font whose codes map to
/// no characters. Each page is a list of lines drawn at (x, y) in points.
/// </summary>
internal static class RawPdf
{
    /// <summary>A font descriptor's FontBBox as Word writes it for a common sans font: far wider and taller than any one glyph.</summary>
    public const string WordFontBox = "[-665 -325 2000 1040]";

    public static byte[] Build(string fontDictionary, IReadOnlyList<IReadOnlyList<(double X, double Y, double Size, string Text)>> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        var objects = new List<string>
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            string.Empty, // the page tree, once the pages' numbers are known
            fontDictionary,
            $"<< /Type /FontDescriptor /FontName /ArialMT /Flags 32 /FontBBox {WordFontBox} /ItalicAngle 0 /Ascent 905 /Descent -212 /CapHeight 716 /StemV 80 >>",
        };
        var kids = new List<int>();
        foreach (var lines in pages)
        {
            var content = new StringBuilder();
            foreach (var (x, y, size, text) in lines)
            {
                content.Append(CultureInfo.InvariantCulture, $"BT /F1 {size} Tf {x} {y} Td (");
                content.Append(text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("(", "\\(", StringComparison.Ordinal).Replace(")", "\\)", StringComparison.Ordinal));
                content.Append(") Tj ET\n");
            }

            objects.Add($"<< /Length {Encoding.Latin1.GetByteCount(content.ToString())} >>\nstream\n{content}endstream");
            objects.Add($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents {objects.Count} 0 R >>");
            kids.Add(objects.Count);
        }

        objects[1] = $"<< /Type /Pages /Kids [{string.Join(' ', kids.Select(k => $"{k} 0 R"))}] /Count {kids.Count} >>";
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(Encoding.Latin1.GetByteCount(pdf.ToString()));
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = Encoding.Latin1.GetByteCount(pdf.ToString());
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(pdf.ToString());
    }

    /// <summary>
    /// A TrueType font that is not embedded, with WinAnsi encoding and Arial's advance widths for codes 32 to 126:
    /// what Word writes when "embed fonts" is off.
    /// </summary>
    public static string NonEmbeddedTrueType()
    {
        // Arial's widths (per 1000 em) for space to tilde.
        int[] widths =
        [
            278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556,
            556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667,
            556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556,
            556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722,
            500, 500, 500, 334, 260, 334, 584,
        ];
        return $"<< /Type /Font /Subtype /TrueType /BaseFont /ArialMT /FirstChar 32 /LastChar 126 /Widths [{string.Join(' ', widths)}] /Encoding /WinAnsiEncoding /FontDescriptor 4 0 R >>";
    }

    /// <summary>
    /// A font whose codes 1 to 26 map to the control characters U+0001 to U+001A, as a subset font with a broken
    /// character map reads: every glyph is there and none is a letter.
    /// </summary>
    public static string UnmappedFont() =>
        "<< /Type /Font /Subtype /TrueType /BaseFont /ABCDEE+Unknown /FirstChar 1 /LastChar 26 /Widths ["
        + string.Join(' ', Enumerable.Repeat(500, 26)) + "] /Encoding << /Type /Encoding /Differences [1 "
        + string.Join(' ', Enumerable.Range(1, 26).Select(i => $"/uni{i:X4}")) + "] >> /FontDescriptor 4 0 R >>";
}
