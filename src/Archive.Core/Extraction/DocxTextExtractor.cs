using System.Xml;
using Archive.Core.Documents;
using Archive.Core.Extraction.Docx;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;

namespace Archive.Core.Extraction;

/// <summary>
/// Reads a Word document (.docx) with the Open XML SDK, as a drafter circulates a draft statement: the body's
/// paragraphs in order (tables' too), each list paragraph with the number Word prints before it, headings and the
/// title by their styles, footnotes apart with their references kept, and tracked changes read as accepted (and said
/// so). Running headers and footers are parts of their own and never read.
/// </summary>
public sealed class DocxTextExtractor : IDocumentTextExtractor
{
    /// <summary>An OLE compound file: an encrypted Office document, or an old .doc under a new name.</summary>
    private static readonly byte[] CompoundFile = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public string Format => "docx";

    public IReadOnlyCollection<string> Extensions { get; } = [".docx"];

    public Task<ExtractedText> ExtractAsync(byte[] content, ExtractionBudget budget, CancellationToken cancellationToken) =>
        Task.FromResult(Extract(content, cancellationToken));

    public ExtractedText Extract(byte[] content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.AsSpan().StartsWith(CompoundFile))
        {
            throw new ExtractionFailedException(ExtractionFailure.Encrypted,
                "the Word file is password-protected (or an old .doc file named .docx): save it without a password as .docx");
        }

        try
        {
            using var document = WordprocessingDocument.Open(new MemoryStream(content, writable: false), isEditable: false);
            return Read(document, cancellationToken);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or FileFormatException or InvalidDataException or XmlException or IOException)
        {
            throw new ExtractionFailedException(ExtractionFailure.Corrupt, $"the file is not a readable Word document: {ex.Message}");
        }
    }

    private ExtractedText Read(WordprocessingDocument document, CancellationToken cancellationToken)
    {
        var main = document.MainDocumentPart;
        if (main?.Document?.Body is not { } body)
        {
            throw new ExtractionFailedException(ExtractionFailure.Corrupt, "the file is a ZIP package without a Word document body");
        }

        var styles = new WordStyles(main.StyleDefinitionsPart?.Styles);
        var numbering = new WordNumbering(main.NumberingDefinitionsPart?.Numbering);
        var notes = new WordFootnotes(main.FootnotesPart?.Footnotes);
        var blocks = new List<TextBlock>();
        var (insertions, deletions) = (0, 0);
        var joined = string.Empty;
        foreach (var paragraph in body.Descendants<Paragraph>())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (paragraph.Ancestors<TextBoxContent>().Any())
            {
                continue;
            }

            var text = WordParagraphText.Of(paragraph, styles.StyleIsBold(paragraph), styles.StyleHalfPoints(paragraph));
            insertions += text.Insertions;
            deletions += text.Deletions;
            // A list paragraph is counted even when empty, as Word counts it.
            var label = styles.NumberingOf(paragraph) is var (instance, level) ? numbering.Next(instance, level) : null;
            var words = Clean(joined + text.Text);
            if (MarkDeleted(paragraph))
            {
                // Its mark deleted, the paragraph runs on into the next one once the change is accepted.
                deletions++;
                joined = words + " ";
                continue;
            }

            joined = string.Empty;
            if (string.IsNullOrWhiteSpace(words))
            {
                continue;
            }

            blocks.Add(new TextBlock(label is null ? words : label + " " + words, [], StyleOf(paragraph, text, styles))
            {
                NoteRefs = [.. text.FootnoteIds.Select(notes.Cite).OfType<string>()],
                Scale = Math.Round((double)text.LargestHalfPoints / styles.BodyHalfPoints, 2),
            });
        }

        if (blocks.Count == 0)
        {
            throw new ExtractionFailedException(ExtractionFailure.NoText, "the Word document contains no text");
        }

        var warnings = new List<string>();
        if (insertions + deletions > 0)
        {
            warnings.Add($"the document has tracked changes ({insertions} insertions, {deletions} deletions): read as if every change were accepted");
        }

        var title = document.PackageProperties.Title;
        return new ExtractedText(Format, blocks, notes.Cited, 1, warnings,
            Cover: string.IsNullOrWhiteSpace(title) ? null : CoverMetadata.None with { Title = Clean(title) });
    }

    internal static string Clean(string text) => TextNormalizer.CollapseSpaces(TextNormalizer.NormalizeCharacters(text)).Replace('\n', ' ');

    private static bool MarkDeleted(Paragraph paragraph) =>
        paragraph.ParagraphProperties?.ParagraphMarkRunProperties?.GetFirstChild<Deleted>() is not null;

    private static BlockStyle StyleOf(Paragraph paragraph, WordParagraphText text, WordStyles styles)
    {
        var style = styles.IsTitle(paragraph) ? BlockStyle.Title : styles.IsHeading(paragraph) ? BlockStyle.Heading : BlockStyle.None;
        if (styles.IsCentered(paragraph))
        {
            style |= BlockStyle.Centered;
        }

        if (text.AllBold)
        {
            style |= BlockStyle.Bold;
        }

        if (text.LargestHalfPoints >= styles.BodyHalfPoints * 1.2)
        {
            style |= BlockStyle.Large;
        }

        return style;
    }
}
