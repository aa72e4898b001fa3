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

    public static (ArchiveDocument Document, MetadataSource MetadataSource) Assemble(
        string relativePath, string sha256, ExtractedText extracted, CatalogEntry? entry)
    {
        ArgumentNullException.ThrowIfNull(extracted);
        var structured = DocumentStructurer.Structure(extracted.Blocks);
        var warnings = new List<string>(extracted.Warnings);
        warnings.AddRange(structured.Warnings);

        var language = DetectLanguage(structured, entry, warnings);
        var (metadata, source) = entry is null
            ? (Infer(structured, relativePath, warnings), MetadataSource.Inferred)
            : (FromCatalog(entry, structured, warnings), MetadataSource.Catalog);
        var id = DocumentIdentity.DocumentId(metadata, language, relativePath);

        var paragraphs = structured.Paragraphs.Select((p, i) => new Paragraph(
            DocumentIdentity.ParagraphId(id, p.Anchor),
            p.Anchor,
            p.Number,
            i + 1,
            p.Section,
            p.Attachment,
            p.Pages,
            p.Text,
            CitationFormatter.Paragraph(metadata, language, p.Attachment, p.Number, p.UnnumberedOrdinal),
            OcrConfidence: p.Ocr.MeanConfidence)).ToList();

        var document = new ArchiveDocument(id, relativePath, extracted.Format, language, metadata, structured.Symbol,
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
            warnings.Add($"mixed languages: {other} of {perParagraph.Count} paragraphs do not read as {Name(detected.Language)}");
        }

        var catalogLanguage = DocumentLanguages.Parse(entry?.Language);
        if (catalogLanguage != DocumentLanguage.Unknown)
        {
            if (detected.Language != DocumentLanguage.Unknown && detected.Language != catalogLanguage)
            {
                warnings.Add($"the catalog says {Name(catalogLanguage)} but the text reads as {Name(detected.Language)}");
            }

            return catalogLanguage;
        }

        if (detected.Language == DocumentLanguage.Unknown || detected.Confidence < 0.7)
        {
            warnings.Add("the language is neither clearly English nor clearly Indonesian");
        }

        return detected.Language;
    }

    private static DocumentMetadata FromCatalog(CatalogEntry entry, StructuredText structured, List<string> warnings)
    {
        if (!DocumentTypes.TryParse(entry.Type, out var type))
        {
            warnings.Add($"the catalog gives an unknown type \"{entry.Type}\"; using \"other\"");
            type = DocumentType.Other;
        }

        PartialDate? date = null;
        if (entry.Date is not null)
        {
            if (PartialDate.TryParse(entry.Date, out var parsed))
            {
                date = parsed;
            }
            else
            {
                warnings.Add($"the catalog gives an unreadable date \"{entry.Date}\"");
            }
        }

        var title = entry.Title ?? TitleOf(structured) ?? Path.GetFileNameWithoutExtension(entry.File);
        return new DocumentMetadata(type, title, entry.ShortTitle, entry.Conference, date, entry.Place, entry.Sample);
    }

    private static DocumentMetadata Infer(StructuredText structured, string relativePath, List<string> warnings)
    {
        var opening = structured.TitleLines.Concat(structured.Paragraphs.Take(3).Select(p => p.Text));
        var inferred = MetadataInference.Infer(opening);
        var found = new List<string>();
        var missing = new List<string>();
        (inferred.Type is null ? missing : found).Add("type");
        (inferred.Conference is null ? missing : found).Add("conference");
        (inferred.Date is null ? missing : found).Add("date");
        (inferred.Place is null ? missing : found).Add("place");
        warnings.Add($"not in {CorpusCatalog.FileName}: metadata inferred from the text"
            + (found.Count > 0 ? $" (found {string.Join(", ", found)})" : string.Empty)
            + (missing.Count > 0 ? $"; not found: {string.Join(", ", missing)}" : string.Empty));

        var title = TitleOf(structured) ?? Path.GetFileNameWithoutExtension(relativePath);
        return new DocumentMetadata(inferred.Type ?? DocumentType.Other, title, null, inferred.Conference, inferred.Date, inferred.Place, Sample: false);
    }

    private static string? TitleOf(StructuredText structured)
    {
        var lines = structured.TitleLines.Where(l => MetadataInference.Infer([l]).Date is null).ToList();
        return lines.Count == 0 ? null : string.Join(": ", lines);
    }

    private static string Name(DocumentLanguage language) => language switch
    {
        DocumentLanguage.English => "English",
        DocumentLanguage.Indonesian => "Indonesian",
        _ => "an unknown language",
    };
}
