using System.Text;
using System.Text.Unicode;

namespace Archive.Core.Uploads;

/// <summary>
/// What an uploaded file is by its first bytes, never by its name: PDF, Word (.docx), HTML, Markdown or plain text,
/// each with the extension the corpus stores it under. A name only tells Markdown from plain text, which share their
/// bytes.
/// </summary>
public static class UploadFormat
{
    /// <summary>How much of the file is looked at.</summary>
    public const int SniffBytes = 8192;

    private static readonly (byte[] Magic, string Name)[] KnownBinary =
    [
        ([0x89, (byte)'P', (byte)'N', (byte)'G'], "a PNG image"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        ([(byte)'I', (byte)'I', 0x2A, 0x00], "a TIFF image"),
        ([(byte)'M', (byte)'M', 0x00, 0x2A], "a TIFF image"),
        ([(byte)'G', (byte)'I', (byte)'F', (byte)'8'], "a GIF image"),
        ([(byte)'P', (byte)'K', 0x03, 0x04], "a ZIP archive that is not a Word document (an OpenDocument .odt file is one: save it as .docx)"),
        ([0xD0, 0xCF, 0x11, 0xE0], "an old Office document (.doc) or a password-protected one: save it as .docx without a password"),
        ([(byte)'{', (byte)'\\', (byte)'r', (byte)'t', (byte)'f'], "an RTF document"),
        ([0x1F, 0x8B], "a gzip archive"),
    ];

    /// <summary>The extension to store the file under (".pdf", ".docx", ".html", ".md", ".txt"), or the reason it is refused.</summary>
    /// <param name="head">The file's first <see cref="SniffBytes"/> bytes (fewer when it is shorter).</param>
    /// <param name="fileName">The name the client gave, if any: ".md"/".markdown" marks Markdown.</param>
    public static (string? Extension, string? Refusal) Sniff(ReadOnlySpan<byte> head, string? fileName)
    {
        if (head.IndexOf("%PDF-"u8) is >= 0 and < 1024)
        {
            return (".pdf", null);
        }

        // A Word package names its parts in the ZIP's local headers, "word/document.xml" among the first; whether it
        // is a whole document the extractor says, with the reason when it is not.
        if (head.StartsWith("PK\u0003\u0004"u8) && head.IndexOf("word/"u8) >= 0)
        {
            return (".docx", null);
        }

        foreach (var (magic, name) in KnownBinary)
        {
            if (head.StartsWith(magic))
            {
                return (null, $"the file is {name}; the archive takes PDF, Word (.docx), HTML, text and Markdown (a scan goes in as a PDF)");
            }
        }

        if (!IsText(head))
        {
            return (null, "the file is neither PDF, Word nor text (its bytes are binary); the archive takes PDF, Word (.docx), HTML, text and Markdown");
        }

        if (LooksLikeHtml(head))
        {
            return (".html", null);
        }

        var extension = Path.GetExtension(fileName ?? string.Empty).ToLowerInvariant();
        return (extension is ".md" or ".markdown" ? ".md" : ".txt", null);
    }

    /// <summary>UTF-8 (or UTF-16 with its mark) with no more control characters than a text file has.</summary>
    private static bool IsText(ReadOnlySpan<byte> head)
    {
        if (head.IsEmpty)
        {
            return true;
        }

        if (head.StartsWith([(byte)0xFF, (byte)0xFE]) || head.StartsWith([(byte)0xFE, (byte)0xFF]))
        {
            return true;
        }

        // A multi-byte character cut at the end of the sample is not a fault of the file.
        var text = head.Length == SniffBytes ? head[..TrimToCharacter(head)] : head;
        if (!Utf8.IsValid(text) && head.IndexOf((byte)0) >= 0)
        {
            return false;
        }

        var controls = 0;
        foreach (var b in text)
        {
            if (b == 0 || (b < 0x20 && b is not (byte)'\t' and not (byte)'\n' and not (byte)'\r' and not 0x0C))
            {
                controls++;
            }
        }

        return controls * 100 <= text.Length;
    }

    private static int TrimToCharacter(ReadOnlySpan<byte> head)
    {
        var end = head.Length;
        for (var back = 1; back <= 3 && end - back >= 0; back++)
        {
            if ((head[end - back] & 0xC0) != 0x80)
            {
                return (head[end - back] & 0x80) == 0 ? end : end - back;
            }
        }

        return end;
    }

    private static bool LooksLikeHtml(ReadOnlySpan<byte> head)
    {
        var start = Encoding.UTF8.GetString(head[..Math.Min(head.Length, 1024)]).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return start.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || start.StartsWith("<head", StringComparison.OrdinalIgnoreCase)
            || start.StartsWith("<body", StringComparison.OrdinalIgnoreCase)
            || (start.StartsWith('<') && start.Contains("<html", StringComparison.OrdinalIgnoreCase));
    }
}
