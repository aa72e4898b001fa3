using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Archive.Core.Documents;

namespace Archive.Core.Citations;

/// <summary>
/// A document or one of its paragraphs as a citation: a line of text in English or Indonesian, or a BibTeX, RIS or
/// CSL-JSON record for reference managers. The author is the document's issuer as a body, not a person: for a Bali
/// Process document its Ministerial Conference (or the Bali Process when it belongs to none), for any other the issuer
/// named (a UN organ, a ministry), and none when the issuer is unknown. The symbol is the record's number. A
/// paragraph's locator ends its title ("…, para. 4"): common styles print no note, so a paragraph and its document
/// would otherwise cite alike. The language given to reference managers is the cited text's, so that citeproc does
/// not title-case an Indonesian title. Illustrative sample documents say so in the note of every format, so that no one cites them
/// as official text, and so does text read by OCR from a scan, with its mean word confidence, so that a reader checks
/// its wording against the source.
/// </summary>
public static class CitationExporter
{
    private const string Body = "Bali Process on People Smuggling, Trafficking in Persons and Related Transnational Crime";

    /// <param name="document">The document cited.</param>
    /// <param name="paragraph">The paragraph cited, or null for the whole document.</param>
    /// <param name="language">The language the citation is written in; the document's own by default.</param>
    /// <param name="permalink">The absolute address of the document or paragraph in the archive.</param>
    public static string Export(CitationFormat format, ArchiveDocument document, Paragraph? paragraph, DocumentLanguage language, Uri permalink)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(permalink);
        var item = new CitedItem(document, paragraph, language == DocumentLanguage.Unknown ? document.Language : language, permalink);
        return format switch
        {
            CitationFormat.BibTex => BibTex(item),
            CitationFormat.Ris => Ris(item),
            CitationFormat.CslJson => CslJson(item),
            _ => item.Line(),
        };
    }

    /// <summary>
    /// A biblatex entry (biber reads it; BibTeX styles read most of it): a <c>@report</c> of the body that issued it,
    /// with its type, number, ISO date and pages (or page total), or a <c>@misc</c> when the issuer is unknown.
    /// </summary>
    private static string BibTex(CitedItem item)
    {
        var report = item.Author is not null;
        var fields = new List<(string Name, string Value)> { ("title", item.Title) };
        if (item.Author is { } author)
        {
            fields.Add(("author", author));
            fields.Add(("institution", author));
        }

        fields.Add(("type", item.Document.Metadata.Type.DisplayName(item.Language)));
        if (item.Document.Symbol is { } symbol)
        {
            fields.Add(("number", symbol));
        }

        if (item.Date is PartialDate date)
        {
            fields.Add(("date", date.ToString()));
        }

        if (item.Document.Metadata.Place is { } place)
        {
            fields.Add(("location", place));
        }

        // @misc takes neither field in biblatex's data model.
        if (report && item.Paragraph is { Pages.Count: > 0 })
        {
            fields.Add(("pages", item.PageRange("--")));
        }
        else if (report && item.Paragraph is null && item.Document.PageCount > 0)
        {
            fields.Add(("pagetotal", item.Document.PageCount.ToString(CultureInfo.InvariantCulture)));
        }

        // babel's names; "bahasa" rather than its synonym "indonesian", which pandoc's citeproc takes for English and
        // title-cases ("Ke-3 Tentang").
        fields.Add(("langid", item.Document.Language == DocumentLanguage.Indonesian ? "bahasa" : "english"));
        fields.Add(("url", item.Permalink.ToString()));
        if (item.Note() is { Length: > 0 } note)
        {
            fields.Add(("note", note));
        }

        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"@{(report ? "report" : "misc")}{{{item.Key},\n");
        text.AppendJoin(",\n", fields.Select(f => f.Name switch
        {
            "url" => $"  {f.Name} = {{{f.Value}}}",

            // A body, not a person: double braces keep BibTeX from reading it as "Last, First".
            "author" => $"  {f.Name} = {{{{{EscapeBibTex(f.Value)}}}}}",
            _ => $"  {f.Name} = {{{EscapeBibTex(f.Value)}}}",
        }));
        text.Append("\n}\n");
        return text.ToString();
    }

    private static string Ris(CitedItem item)
    {
        var lines = new List<(string Tag, string Value)> { ("TY", "GOVDOC"), ("TI", item.Title) };
        if (item.Author is { } author)
        {
            lines.Add(("AU", author));
        }

        // SN is a GOVDOC's report number in the RIS specification, and Zotero reads it so (M1 is its issue).
        if (item.Document.Symbol is { } symbol)
        {
            lines.Add(("SN", symbol));
        }

        if (item.Date is PartialDate date)
        {
            lines.Add(("PY", date.Year.ToString(CultureInfo.InvariantCulture)));
            lines.Add(("DA", string.Create(CultureInfo.InvariantCulture, $"{date.Year:D4}/{(date.Month is int m ? m.ToString("D2", CultureInfo.InvariantCulture) : string.Empty)}/{(date.Day is int d ? d.ToString("D2", CultureInfo.InvariantCulture) : string.Empty)}/")));
        }

        if (item.Document.Metadata.Place is { } place)
        {
            lines.Add(("CY", place));
        }

        if (item.Paragraph is { Pages.Count: > 0 } paragraph)
        {
            lines.Add(("SP", paragraph.Pages[0].ToString(CultureInfo.InvariantCulture)));
            if (paragraph.Pages[^1] != paragraph.Pages[0])
            {
                lines.Add(("EP", paragraph.Pages[^1].ToString(CultureInfo.InvariantCulture)));
            }
        }

        lines.Add(("LA", item.Document.Language == DocumentLanguage.Indonesian ? "Indonesian" : "English"));
        lines.Add(("UR", item.Permalink.ToString()));
        if (item.Note() is { Length: > 0 } note)
        {
            lines.Add(("N1", note));
        }

        lines.Add(("ER", string.Empty));

        // RIS: "TAG  - value", CRLF line ends.
        return string.Concat(lines.Select(l => $"{l.Tag}  - {Flatten(l.Value)}\r\n"));
    }

    private static string CslJson(CitedItem item)
    {
        var entry = new JsonObject
        {
            ["id"] = item.Key,
            ["type"] = "document",
            ["title"] = item.Title,
        };
        if (item.Author is { } author)
        {
            entry["author"] = new JsonArray(new JsonObject { ["literal"] = author });
        }

        entry["language"] = item.Document.Language.ToCode();
        entry["URL"] = item.Permalink.ToString();
        if (item.Note() is { Length: > 0 } note)
        {
            entry["note"] = note;
        }

        entry["genre"] = item.Document.Metadata.Type.DisplayName(item.Language);
        if (item.Date is PartialDate date)
        {
            var parts = new JsonArray(date.Year);
            if (date.Month is int month)
            {
                parts.Add(month);
                if (date.Day is int day)
                {
                    parts.Add(day);
                }
            }

            entry["issued"] = new JsonObject { ["date-parts"] = new JsonArray(parts) };
        }

        if (item.Document.Metadata.Place is { } place)
        {
            entry["event-place"] = place;
            entry["publisher-place"] = place;
        }

        if (item.BaliProcess && item.Document.Metadata.Conference is int conference)
        {
            entry["event-title"] = ConferenceNames.Name(conference, item.Language);
        }

        if (item.Paragraph is { Pages.Count: > 0 })
        {
            entry["page"] = item.PageRange("-");
        }

        if (item.Document.Symbol is { } symbol)
        {
            entry["number"] = symbol;
        }

        return new JsonArray(entry).ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    /// <summary>
    /// The body that issued a document, as every record names its author: for a Bali Process document its Ministerial
    /// Conference (or the Bali Process when it belongs to none), for any other the issuer named; null when it is unknown.
    /// </summary>
    public static string? Author(DocumentMetadata metadata, DocumentLanguage language) =>
        !Issuers.IssuedByBaliProcess(metadata) ? Issuers.Of(metadata)
            : metadata.Conference is int conference ? ConferenceNames.Name(conference, language) : Body;

    private static string EscapeBibTex(string value)
    {
        var text = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            text.Append(c switch
            {
                '{' or '}' or '%' or '&' or '$' or '#' or '_' => "\\" + c,
                '\\' => "\\textbackslash{}",
                _ => c.ToString(),
            });
        }

        return text.ToString();
    }

    private static string Flatten(string value) => value.ReplaceLineEndings(" ");

    private sealed record CitedItem(ArchiveDocument Document, Paragraph? Paragraph, DocumentLanguage Language, Uri Permalink)
    {
        public PartialDate? Date => Document.Metadata.Date;

        public bool BaliProcess => Issuers.IssuedByBaliProcess(Document.Metadata);

        public string? Author => CitationExporter.Author(Document.Metadata, Language);

        /// <summary>A BibTeX key and CSL id: the archive id with its punctuation as underscores.</summary>
        public string Key => new((Paragraph?.Id ?? Document.Id).Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_').ToArray());

        /// <summary>The document's title; a paragraph's ends with its locator, in the language of the citation.</summary>
        public string Title => Paragraph is { } p ? $"{Document.Metadata.Title}, {CitationFormatter.Locator(Language, p)}" : Document.Metadata.Title;

        /// <summary>The paragraph's pages: one page alone, a range with the dash each format writes (CSL "-", biblatex "--").</summary>
        public string PageRange(string dash) => Paragraph is { Pages.Count: > 0 } p
            ? p.Pages[0] == p.Pages[^1] ? p.Pages[0].ToString(CultureInfo.InvariantCulture) : string.Create(CultureInfo.InvariantCulture, $"{p.Pages[0]}{dash}{p.Pages[^1]}")
            : string.Empty;

        /// <summary>The text citation in the language asked for; in the other language it names the version cited.</summary>
        public string Line()
        {
            var citation = Paragraph is { } p
                ? CitationFormatter.Paragraph(Document, Language, p)
                : CitationFormatter.Document(Document, Language);
            if (Language != Document.Language)
            {
                citation += Language == DocumentLanguage.Indonesian
                    ? $" (versi bahasa {(Document.Language == DocumentLanguage.English ? "Inggris" : "Indonesia")})"
                    : $" ({(Document.Language == DocumentLanguage.Indonesian ? "Indonesian" : "English")} version)";
            }

            return citation;
        }

        /// <summary>For the bundled documents, the warning that they are not official text; for text read by OCR, that it was.</summary>
        public string Note()
        {
            var parts = new List<string>();

            if (Document.Metadata.Sample)
            {
                // Only a Bali Process document is told from the Bali Process's own texts.
                parts.Add((Language == DocumentLanguage.Indonesian, BaliProcess) switch
                {
                    (true, true) => "Contoh ilustratif yang ditulis untuk Bali Process Archive; bukan teks resmi Bali Process",
                    (true, false) => "Contoh ilustratif yang ditulis untuk arsip ini; bukan teks resmi",
                    (false, true) => "Illustrative sample written for the Bali Process Archive; not an official Bali Process text",
                    (false, false) => "Illustrative sample written for this archive; not an official text",
                });
            }

            if ((Paragraph is null ? Document.OcrConfidence : Paragraph.OcrConfidence) is double confidence)
            {
                parts.Add(Language == DocumentLanguage.Indonesian
                    ? string.Create(CultureInfo.GetCultureInfo("id-ID"), $"Teks dibaca dengan OCR dari salinan pindaian (rata-rata keyakinan kata {confidence:0.00})")
                    : string.Create(CultureInfo.InvariantCulture, $"Text read by OCR from a scanned copy (mean word confidence {confidence:0.00})"));
            }

            return string.Join(". ", parts);
        }
    }
}
