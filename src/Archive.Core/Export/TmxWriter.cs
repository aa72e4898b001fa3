using System.Reflection;
using System.Xml;
using Archive.Core.Documents;

namespace Archive.Core.Export;

/// <summary>
/// Writes the aligned English and Indonesian paragraphs of an index generation as a TMX 1.4b translation memory: one
/// <c>&lt;tu&gt;</c> per pair (<see cref="AlignedPairs"/>), English as the source, with the pair's document and
/// paragraph ids, date, citations and sample flag as <c>x-</c> properties. Streamed: one pair is in memory at a time.
/// </summary>
public static class TmxWriter
{
    /// <summary>The media type translation tools register for TMX.</summary>
    public const string MediaType = "application/x-tmx+xml";

    /// <summary>The name a download is saved under.</summary>
    public const string FileName = "bali-process-en-id.tmx";

    private const string Tool = "Bali Process Archive";

    private static readonly string ToolVersion =
        typeof(TmxWriter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "1.0.0";

    /// <param name="output">Where the XML goes; flushed at the end, not closed. Its encoding is the one the XML declaration names.</param>
    /// <param name="library">The generation's documents.</param>
    /// <param name="filter">Which pairs to write: a pair is written when both its documents match.</param>
    public static async Task<TmxExportSummary> WriteAsync(TextWriter output, DocumentLibrary library, TranslationMemoryFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(library);
        ArgumentNullException.ThrowIfNull(filter);
        var settings = new XmlWriterSettings
        {
            Async = true,
            CloseOutput = false,
            Indent = true,
            NewLineChars = "\n",
            // A paragraph's line breaks come back as written, carriage returns included, through any XML reader.
            NewLineHandling = NewLineHandling.Entitize,
        };
        var units = 0;
        await using (var xml = XmlWriter.Create(output, settings))
        {
            await xml.WriteStartDocumentAsync();
            await xml.WriteStartElementAsync(null, "tmx", null);
            await xml.WriteAttributeStringAsync(null, "version", null, "1.4");
            await WriteHeaderAsync(xml);
            await xml.WriteStartElementAsync(null, "body", null);
            foreach (var pair in AlignedPairs.In(library))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (filter.Matches(pair.EnglishDocument) && filter.Matches(pair.IndonesianDocument))
                {
                    await WriteUnitAsync(xml, pair);
                    units++;
                }
            }

            await xml.WriteEndElementAsync();
            await xml.WriteEndElementAsync();
            await xml.WriteEndDocumentAsync();
            await xml.FlushAsync();
        }

        // A file that ends its last line, as text tools expect.
        await output.WriteAsync("\n".AsMemory(), cancellationToken);
        await output.FlushAsync(cancellationToken);
        return new TmxExportSummary(units);
    }

    private static async Task WriteHeaderAsync(XmlWriter xml)
    {
        await xml.WriteStartElementAsync(null, "header", null);
        await xml.WriteAttributeStringAsync(null, "creationtool", null, Tool);
        await xml.WriteAttributeStringAsync(null, "creationtoolversion", null, ToolVersion);
        // Paragraphs are the unit the archive aligns, cites and searches.
        await xml.WriteAttributeStringAsync(null, "segtype", null, "paragraph");
        await xml.WriteAttributeStringAsync(null, "o-tmf", null, Tool);
        await xml.WriteAttributeStringAsync(null, "adminlang", null, "en");
        await xml.WriteAttributeStringAsync(null, "srclang", null, DocumentLanguage.English.ToCode());
        await xml.WriteAttributeStringAsync(null, "datatype", null, "plaintext");
        await xml.WriteEndElementAsync();
    }

    private static async Task WriteUnitAsync(XmlWriter xml, AlignedPair pair)
    {
        var (englishDocument, english, indonesianDocument, indonesian) = pair;
        await xml.WriteStartElementAsync(null, "tu", null);
        await xml.WriteAttributeStringAsync(null, "tuid", null, english.Id);
        await WritePropAsync(xml, "x-document-en", englishDocument.Id);
        await WritePropAsync(xml, "x-document-id", indonesianDocument.Id);
        await WritePropAsync(xml, "x-paragraph-en", english.Id);
        await WritePropAsync(xml, "x-paragraph-id", indonesian.Id);
        if (englishDocument.Metadata.Date is { } date)
        {
            await WritePropAsync(xml, "x-date", date.ToString());
        }

        await WritePropAsync(xml, "x-citation-en", CitationFormatter.Paragraph(englishDocument, DocumentLanguage.English, english));
        await WritePropAsync(xml, "x-citation-id", CitationFormatter.Paragraph(indonesianDocument, DocumentLanguage.Indonesian, indonesian));
        // Illustrative text must never pass for agreed text, whichever side is the sample.
        var sample = englishDocument.Metadata.Sample || indonesianDocument.Metadata.Sample;
        await WritePropAsync(xml, "x-sample", sample ? "true" : "false");
        await WriteVariantAsync(xml, DocumentLanguage.English, english.Text);
        await WriteVariantAsync(xml, DocumentLanguage.Indonesian, indonesian.Text);
        await xml.WriteEndElementAsync();
    }

    private static async Task WritePropAsync(XmlWriter xml, string type, string value)
    {
        await xml.WriteStartElementAsync(null, "prop", null);
        await xml.WriteAttributeStringAsync(null, "type", null, type);
        await xml.WriteStringAsync(value);
        await xml.WriteEndElementAsync();
    }

    private static async Task WriteVariantAsync(XmlWriter xml, DocumentLanguage language, string text)
    {
        await xml.WriteStartElementAsync(null, "tuv", null);
        await xml.WriteAttributeStringAsync("xml", "lang", null, language.ToCode());
        await xml.WriteElementStringAsync(null, "seg", null, text);
        await xml.WriteEndElementAsync();
    }
}
