using Archive.Core.Documents;
using Archive.Core.Extraction;
using Archive.Core.Structuring;
using Archive.Core.Text;

namespace Archive.Core.Ingestion;

/// <summary>
/// Turns one file's extracted text into an <see cref="ArchiveDocument"/>: structure, language, metadata (from the
/// catalog, else inferred from the text, saying which), ids and citations.
/// </summary>
public static class DocumentAssembler
{
    private const double MixedLanguageShare = 0.2;

    // A title line with a date and at most this many words is a date line ("Nusa Dua, Bali, 23 March 2016").
    private const int DateLineWords = 6;

    public static (ArchiveDocument Document, MetadataSource MetadataSource) Assemble(
        string relativePath, string sha256, ExtractedText extracted, CatalogEntry? entry)
    {
        ArgumentNullException.ThrowIfNull(extracted);
        var structured = DocumentStructurer.Structure(extracted.Blocks);
        var warnings = new List<string>(extracted.Warnings);
        warnings.AddRange(structured.Warnings);

        var language = DetectLanguage(structured, entry, warnings);
        // A format's own head (a web page's) speaks before a cover read from the text.
        var cover = (extracted.Cover ?? CoverMetadata.None).Or(structured.Cover);
        var (metadata, source) = entry is null
            ? (Infer(structured, cover, relativePath, warnings), MetadataSource.Inferred)
            : (FromCatalog(entry, structured, cover, warnings), MetadataSource.Catalog);
        metadata = metadata with { Issuer = IssuerOf(entry, cover, structured, warnings), Session = cover.Session };
        ReportCover(cover, entry, warnings);
        var symbol = cover.Symbol ?? structured.Symbol;
        var id = FixedId(entry, language, warnings) ?? DocumentIdentity.DocumentId(metadata, language, relativePath, symbol);

        var paragraphs = structured.Paragraphs.Select((p, i) => new Paragraph(
            DocumentIdentity.ParagraphId(id, p.Anchor),
            p.Anchor,
            p.Number,
            i + 1,
            p.Section,
            p.Attachment,
            p.Pages,
            p.Text,
            CitationFormatter.Paragraph(metadata, symbol, language, p.Attachment, p.Number, p.UnnumberedOrdinal),
            OcrConfidence: p.Ocr.MeanConfidence,
            Footnotes: p.NoteRefs.Count > 0 ? p.NoteRefs : null)).ToList();

        var document = new ArchiveDocument(id, relativePath, extracted.Format, language, metadata, symbol,
            extracted.PageCount, sha256, paragraphs, extracted.Footnotes, warnings,
            OcrPages: extracted.OcrPages ?? [], OcrConfidence: extracted.Ocr.MeanConfidence);
        return (document, source);
    }

    private static DocumentLanguage DetectLanguage(StructuredText structured, CatalogEntry? entry, List<string> warnings)
    {
        var detected = LanguageDetector.Detect(string.Join('\n', structured.Paragraphs.Select(p => p.Text)));
        var perParagraph = structured.Paragraphs
            .Where(p => Words.Count(p.Text) >= 8)
            .Select(p => LanguageDetector.Detect(p.Text))
            .Where(d => d.Confidence >= 0.8)
            .ToList();
        var other = perParagraph.Count(d => d.Language != detected.Language);
        if (perParagraph.Count > 0 && other >= MixedLanguageShare * perParagraph.Count)
        {
            warnings.Add($"mixed languages: {other} of {perParagraph.Count} paragraphs do not read as {DocumentLanguages.Name(detected.Language)}");
        }

        var catalogLanguage = DocumentLanguages.Parse(entry?.Language);
        if (catalogLanguage != DocumentLanguage.Unknown)
        {
            if (detected.Language != DocumentLanguage.Unknown && detected.Language != catalogLanguage)
            {
                warnings.Add($"the catalog says {DocumentLanguages.Name(catalogLanguage)} but the text reads as {DocumentLanguages.Name(detected.Language)}");
            }

            return catalogLanguage;
        }

        if (detected.Language == DocumentLanguage.Unknown || detected.Confidence < 0.7)
        {
            warnings.Add("the language is neither clearly English nor clearly Indonesian");
        }

        return detected.Language;
    }

    /// <summary>The id the catalog fixes, when it is well formed and in the document's language.</summary>
    private static string? FixedId(CatalogEntry? entry, DocumentLanguage language, List<string> warnings)
    {
        if (entry?.Id is not { } id)
        {
            return null;
        }

        if (DocumentIdentity.IsDocumentId(id) && id.EndsWith("-" + language.ToCode(), StringComparison.Ordinal))
        {
            return id;
        }

        warnings.Add($"the catalog gives the id \"{id}\", which is not a document id in {DocumentLanguages.Name(language)} (lower-case words, digits and dashes ending in -{language.ToCode()}); the id is derived instead");
        return null;
    }

    /// <summary>
    /// The catalog's or the upload's issuer, else the cover's; a document that presents itself as a Bali Process
    /// outcome is the Bali Process's. Anything else stays without one, and the report says so.
    /// </summary>
    private static string? IssuerOf(CatalogEntry? entry, CoverMetadata cover, StructuredText structured, List<string> warnings)
    {
        if ((entry?.Issuer ?? cover.Issuer) is { } issuer)
        {
            return issuer;
        }

        if (Issuers.NamesBaliProcess(string.Join('\n', Opening(structured))))
        {
            return Issuers.BaliProcess;
        }

        warnings.Add("the issuer is unknown: the cover names none and no issuer was given; citations name no author");
        return null;
    }

    /// <summary>Says in the report what was read from the cover, and which of it the catalog or the upload overrode.</summary>
    private static void ReportCover(CoverMetadata cover, CatalogEntry? entry, List<string> warnings)
    {
        var read = new List<string>();
        var overridden = new List<string>();
        foreach (var (field, value, given) in new (string, object?, object?)[]
        {
            ("title", cover.Title, entry?.Title), ("date", cover.Date, entry?.Date), ("issuer", cover.Issuer, entry?.Issuer),
            ("symbol", cover.Symbol, null), ("session", cover.Session, null),
        })
        {
            if (value is not null)
            {
                read.Add($"{field} \"{value}\"");
                if (given is not null)
                {
                    overridden.Add(field);
                }
            }
        }

        if (read.Count > 0)
        {
            warnings.Add($"read from the cover: {string.Join(", ", read)}"
                + (overridden.Count > 0 ? $" ({string.Join(", ", overridden)} given, used instead)" : string.Empty));
        }
    }

    private static IEnumerable<string> Opening(StructuredText structured) =>
        structured.TitleLines.Concat(structured.Paragraphs.Take(3).Select(p => p.Text));

    /// <summary>
    /// What is read from the opening text, with the type read from the title where there is one: a report that
    /// mentions a declaration in its first paragraphs is no declaration.
    /// </summary>
    private static InferredMetadata InferFromText(StructuredText structured, CoverMetadata cover)
    {
        var inferred = MetadataInference.Infer(Opening(structured));
        return (cover.Title ?? TitleOf(structured)) is { } title ? inferred with { Type = MetadataInference.Infer([title]).Type } : inferred;
    }

    private static DocumentMetadata FromCatalog(CatalogEntry entry, StructuredText structured, CoverMetadata cover, List<string> warnings)
    {
        // What the entry leaves out is read from the text, as for a file no catalog lists.
        var inferred = entry.Type is null || entry.Conference is null || entry.Date is null || entry.Place is null
            ? InferFromText(structured, cover)
            : null;
        var filled = new List<string>();

        DocumentType type;
        if (entry.Type is null)
        {
            type = inferred?.Type ?? DocumentType.Other;
            Note(filled, "type", inferred?.Type);
        }
        else if (!DocumentTypes.TryParse(entry.Type, out type))
        {
            warnings.Add($"the catalog gives an unknown type \"{entry.Type}\"; using \"other\"");
            type = DocumentType.Other;
        }

        PartialDate? date = cover.Date ?? inferred?.Date;
        if (entry.Date is null)
        {
            if (cover.Date is null)
            {
                Note(filled, "date", date);
            }
        }
        else if (PartialDate.TryParse(entry.Date, out var parsed))
        {
            date = parsed;
        }
        else
        {
            date = null;
            warnings.Add($"the catalog gives an unreadable date \"{entry.Date}\"");
        }

        var conference = entry.Conference ?? inferred?.Conference;
        var place = entry.Place ?? cover.Place ?? inferred?.Place;
        if (entry.Conference is null)
        {
            Note(filled, "conference", inferred?.Conference);
        }

        if (entry.Place is null)
        {
            Note(filled, "place", inferred?.Place);
        }

        if (filled.Count > 0)
        {
            warnings.Add($"not in the catalog entry, inferred from the text: {string.Join(", ", filled)}");
        }

        var title = entry.Title ?? cover.Title ?? TitleOf(structured) ?? Path.GetFileNameWithoutExtension(entry.File);
        return new DocumentMetadata(type, title, entry.ShortTitle, conference, date, place, entry.Sample);
    }

    private static void Note(List<string> filled, string field, object? value)
    {
        if (value is not null)
        {
            filled.Add(field);
        }
    }

    private static DocumentMetadata Infer(StructuredText structured, CoverMetadata cover, string relativePath, List<string> warnings)
    {
        var inferred = InferFromText(structured, cover);
        inferred = inferred with { Date = cover.Date ?? inferred.Date, Place = cover.Place ?? inferred.Place };
        var found = new List<string>();
        var missing = new List<string>();
        (inferred.Type is null ? missing : found).Add("type");
        (inferred.Conference is null ? missing : found).Add("conference");
        (inferred.Date is null ? missing : found).Add("date");
        (inferred.Place is null ? missing : found).Add("place");
        warnings.Add($"not in {CorpusCatalog.FileName}: metadata inferred from the text"
            + (found.Count > 0 ? $" (found {string.Join(", ", found)})" : string.Empty)
            + (missing.Count > 0 ? $"; not found: {string.Join(", ", missing)}" : string.Empty));

        var title = cover.Title ?? TitleOf(structured) ?? Path.GetFileNameWithoutExtension(relativePath);
        return new DocumentMetadata(inferred.Type ?? DocumentType.Other, title, null, inferred.Conference, inferred.Date, inferred.Place, Sample: false);
    }

    private static string? TitleOf(StructuredText structured)
    {
        // A date line ("23 March 2016", "Bali, 23 March 2016") is left out; a title that ends on its date is kept.
        var lines = structured.TitleLines.Where(l => MetadataInference.Infer([l]).Date is null || Words.Count(l) > DateLineWords).ToList();
        return lines.Count == 0 ? null : string.Join(": ", lines);
    }
}
