using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using Archive.Core.Extraction.Pdf;

namespace Archive.Core.Extraction.Ocr;

/// <summary>
/// The words Tesseract's hOCR output places on one page image, turned into page coordinates (points, y upwards):
/// each word keeps its box and confidence and takes its line's baseline and size (x_size), so the same rows, columns
/// and paragraphs are found as in a text layer.
/// </summary>
internal sealed partial record HocrPage(double Width, double Height, IReadOnlyList<PdfWord> Words)
{
    public static HocrPage Parse(string hocr, int dpi)
    {
        ArgumentNullException.ThrowIfNull(hocr);
        var scale = 72.0 / dpi;
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };
        using var reader = XmlReader.Create(new StringReader(hocr), settings);
        var root = XDocument.Load(reader).Root ?? throw new FormatException("the hOCR output is empty");
        var page = root.Descendants().FirstOrDefault(e => Class(e) == "ocr_page") ?? throw new FormatException("the hOCR output has no ocr_page");
        var pageBox = Box(page) ?? throw new FormatException("the hOCR page has no bbox");
        var height = pageBox.Y1 * scale;
        var words = new List<PdfWord>();
        // A line is any element with a baseline or an x_size: ocr_line, ocr_header, ocr_caption, ocr_textfloat.
        foreach (var line in page.Descendants().Where(e => Title(e).Contains("x_size", StringComparison.Ordinal) || Title(e).Contains("baseline", StringComparison.Ordinal)))
        {
            if (Box(line) is not { } lineBox)
            {
                continue;
            }

            var (slope, offset) = Baseline(Title(line));
            var size = Number(Title(line), SizePattern()) ?? (lineBox.Y1 - lineBox.Y0);
            foreach (var word in line.Descendants().Where(e => Class(e) == "ocrx_word"))
            {
                var text = word.Value.Trim();
                if (text.Length == 0 || Box(word) is not { } box)
                {
                    continue;
                }

                var baseline = lineBox.Y1 + offset + (slope * (((box.X0 + box.X1) / 2.0) - lineBox.X0));
                var confidence = Math.Clamp((Number(Title(word), ConfidencePattern()) ?? 0) / 100.0, 0, 1);
                words.Add(PdfWord.Recognised(text, box.X0 * scale, box.X1 * scale, height - (box.Y0 * scale), height - (box.Y1 * scale),
                    height - (baseline * scale), size * scale, confidence));
            }
        }

        return new HocrPage(pageBox.X1 * scale, height, words);
    }

    private static string? Class(XElement element) => (string?)element.Attribute("class");

    private static string Title(XElement element) => (string?)element.Attribute("title") ?? string.Empty;

    private static (double X0, double Y0, double X1, double Y1)? Box(XElement element)
    {
        var match = BoxPattern().Match(Title(element));
        if (!match.Success)
        {
            return null;
        }

        double At(int i) => double.Parse(match.Groups[i].Value, CultureInfo.InvariantCulture);
        return (At(1), At(2), At(3), At(4));
    }

    private static (double Slope, double Offset) Baseline(string title)
    {
        var match = BaselinePattern().Match(title);
        return match.Success
            ? (double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), double.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture))
            : (0, 0);
    }

    private static double? Number(string title, Regex pattern)
    {
        var match = pattern.Match(title);
        return match.Success ? double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex(@"\bbbox\s+(-?\d+)\s+(-?\d+)\s+(-?\d+)\s+(-?\d+)")]
    private static partial Regex BoxPattern();

    [GeneratedRegex(@"\bx_size\s+([0-9.]+)")]
    private static partial Regex SizePattern();

    [GeneratedRegex(@"\bx_wconf\s+(-?[0-9.]+)")]
    private static partial Regex ConfidencePattern();

    [GeneratedRegex(@"\bbaseline\s+(-?[0-9.]+)\s+(-?[0-9.]+)")]
    private static partial Regex BaselinePattern();
}
