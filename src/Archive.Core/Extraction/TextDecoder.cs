using System.Text;

namespace Archive.Core.Extraction;

/// <summary>Decodes text files: UTF-8 (with or without BOM), UTF-16 with a BOM, else Latin-1 with a warning.</summary>
internal static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Decode(byte[] content, List<string> warnings)
    {
        if (content.AsSpan().StartsWith(Encoding.UTF8.Preamble))
        {
            return StrictUtf8.GetString(content, 3, content.Length - 3);
        }

        if (content.Length >= 2 && ((content[0] == 0xFF && content[1] == 0xFE) || (content[0] == 0xFE && content[1] == 0xFF)))
        {
            using var reader = new StreamReader(new MemoryStream(content), detectEncodingFromByteOrderMarks: true);
            return reader.ReadToEnd();
        }

        try
        {
            return StrictUtf8.GetString(content);
        }
        catch (DecoderFallbackException)
        {
            warnings.Add("the file is not valid UTF-8; it was read as Latin-1, so some accented letters may be wrong");
            return Encoding.Latin1.GetString(content);
        }
    }
}
