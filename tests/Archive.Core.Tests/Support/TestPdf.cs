using System.IO.Compression;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Archive.Core.Tests.Support;

/// <summary>
/// Writes test PDFs with PdfPig's builder, word by word, so a test controls exactly what a messy real document
/// does: justified lines with wide gaps, hyphens at line ends, two columns, footnotes, running heads, scans.
/// </summary>
internal sealed class TestPdf
{
    public const double Left = 72;
    public const double Right = 523;
    public const double Size = 11;

    private readonly PdfDocumentBuilder _builder = new();
    private readonly PdfDocumentBuilder.AddedFont _regular;
    private readonly PdfDocumentBuilder.AddedFont _bold;
    private readonly PdfDocumentBuilder.AddedFont _mono;

    public TestPdf()
    {
        _regular = _builder.AddStandard14Font(Standard14Font.TimesRoman);
        _bold = _builder.AddStandard14Font(Standard14Font.TimesBold);
        _mono = _builder.AddStandard14Font(Standard14Font.Courier);
    }

    public PdfPageBuilder AddPage() => _builder.AddPage(PageSize.A4);

    /// <summary>Text from x at baseline y.</summary>
    public void Text(PdfPageBuilder page, string text, double x, double y, double size = Size, bool bold = false, bool mono = false) =>
        page.AddText(text, size, new PdfPoint(x, y), mono ? _mono : bold ? _bold : _regular);

    public void Centered(PdfPageBuilder page, string text, double y, double size = Size, bool bold = false)
    {
        var width = Width(page, text, size, bold);
        Text(page, text, ((Left + Right) / 2) - (width / 2), y, size, bold);
    }

    /// <summary>Words spread from <paramref name="left"/> to <paramref name="right"/> with equal, wide gaps.</summary>
    public void Justified(PdfPageBuilder page, string line, double left, double right, double y)
    {
        var words = line.Split(' ');
        var widths = words.Select(w => Width(page, w, Size, bold: false)).ToList();
        var gap = words.Length > 1 ? (right - left - widths.Sum()) / (words.Length - 1) : 0;
        var x = left;
        for (var i = 0; i < words.Length; i++)
        {
            Text(page, words[i], x, y);
            x += widths[i] + gap;
        }
    }

    /// <summary>A page that is only a picture: what a scanner without OCR produces.</summary>
    public static void Scan(PdfPageBuilder page) => page.AddPng(GreyPng(200, 280), new PdfRectangle(Left, 100, Right, 760));

    public byte[] Build() => _builder.Build();

    private double Width(PdfPageBuilder page, string text, double size, bool bold)
    {
        var letters = page.MeasureText(text, size, new PdfPoint(0, 0), bold ? _bold : _regular);
        return letters.Count == 0 ? 0 : letters[^1].BoundingBox.Right - letters[0].BoundingBox.Left;
    }

    private static byte[] GreyPng(int width, int height)
    {
        using var raw = new MemoryStream();
        for (var y = 0; y < height; y++)
        {
            raw.WriteByte(0);
            for (var x = 0; x < width; x++)
            {
                raw.WriteByte((byte)(((x / 10) + (y / 10)) % 2 == 0 ? 40 : 220));
            }
        }

        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            raw.Position = 0;
            raw.CopyTo(zlib);
        }

        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(header, width);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth
        header[9] = 0; // greyscale
        WriteChunk(png, "IHDR", header);
        WriteChunk(png, "IDAT", compressed.ToArray());
        WriteChunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void WriteChunk(Stream png, string type, byte[] data)
    {
        Span<byte> length = stackalloc byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.Write(length);
        var typeBytes = System.Text.Encoding.ASCII.GetBytes(type);
        png.Write(typeBytes);
        png.Write(data);
        var crc = Crc32([.. typeBytes, .. data]);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(length, crc);
        png.Write(length);
    }

    // PNG's CRC-32 (ISO 3309), bit by bit: a test image is a few kilobytes.
    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
