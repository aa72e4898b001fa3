using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Archive.Testing;

/// <summary>
/// Writes a Word document (.docx) with the Open XML SDK the way Word itself marks one up: list paragraphs numbered
/// by a numbering part (no typed numbers), headings and the title by style, footnotes in their own part, and
/// tracked insertions and deletions. The tests' drafts are made with it.
/// </summary>
internal sealed class WordFile
{
    private readonly List<Func<WordprocessingDocument, OpenXmlElement>> _body = [];
    private readonly List<string> _footnotes = [];

    /// <summary>A piece of a paragraph: plain, a tracked insertion or deletion, or a footnote reference.</summary>
    public sealed record Run(string Text, RunKind Kind = RunKind.Plain);

    public enum RunKind
    {
        Plain,
        Inserted,
        Deleted,

        /// <summary>A footnote whose text is <see cref="Run.Text"/>, cited here.</summary>
        Footnote,
    }

    public string? Title { get; init; }

    public WordFile Styled(string styleId, string text)
    {
        _body.Add(_ => Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = styleId }), [new Run(text)]));
        return this;
    }

    public WordFile Plain(string text)
    {
        _body.Add(_ => Paragraph(null, [new Run(text)]));
        return this;
    }

    /// <summary>A paragraph of list 1 at <paramref name="level"/> (0: "1.", 1: "(a)", 2: "(i)").</summary>
    public WordFile Numbered(int level, params Run[] runs) => Numbered(1, level, runs);

    /// <summary>A paragraph of list <paramref name="list"/> (1, or 2, which restarts at 1) at <paramref name="level"/>.</summary>
    public WordFile Numbered(int list, int level, params Run[] runs)
    {
        _body.Add(_ => Paragraph(
            new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = list })),
            runs));
        return this;
    }

    public WordFile Numbered(int level, string text) => Numbered(level, new Run(text));

    public byte[] ToBytes()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body());
            AddStyles(main);
            AddNumbering(main);
            foreach (var element in _body)
            {
                main.Document.Body!.Append(element(document));
            }

            if (_footnotes.Count > 0)
            {
                var notes = main.AddNewPart<FootnotesPart>();
                notes.Footnotes = new Footnotes(
                    new Footnote(new Paragraph(new DocumentFormat.OpenXml.Wordprocessing.Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
                    new Footnote(new Paragraph(new DocumentFormat.OpenXml.Wordprocessing.Run(new ContinuationSeparatorMark()))) { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 });
                for (var i = 0; i < _footnotes.Count; i++)
                {
                    notes.Footnotes.Append(new Footnote(new Paragraph(
                        new DocumentFormat.OpenXml.Wordprocessing.Run(new FootnoteReferenceMark()),
                        new DocumentFormat.OpenXml.Wordprocessing.Run(new Text(" " + _footnotes[i]) { Space = SpaceProcessingModeValues.Preserve })))
                    { Id = i + 1 });
                }
            }

            if (Title is not null)
            {
                document.PackageProperties.Title = Title;
            }
        }

        return stream.ToArray();
    }

    public void Save(string path) => File.WriteAllBytes(path, ToBytes());

    private Paragraph Paragraph(ParagraphProperties? properties, IEnumerable<Run> runs)
    {
        var paragraph = new Paragraph();
        if (properties is not null)
        {
            paragraph.Append(properties);
        }

        var revision = 1;
        foreach (var run in runs)
        {
            switch (run.Kind)
            {
                case RunKind.Inserted:
                    paragraph.Append(new InsertedRun(TextRun(run.Text)) { Id = (revision++).ToString(System.Globalization.CultureInfo.InvariantCulture), Author = "Drafter" });
                    break;
                case RunKind.Deleted:
                    paragraph.Append(new DeletedRun(new DocumentFormat.OpenXml.Wordprocessing.Run(new DeletedText(run.Text) { Space = SpaceProcessingModeValues.Preserve }))
                    { Id = (revision++).ToString(System.Globalization.CultureInfo.InvariantCulture), Author = "Drafter" });
                    break;
                case RunKind.Footnote:
                    _footnotes.Add(run.Text);
                    paragraph.Append(new DocumentFormat.OpenXml.Wordprocessing.Run(
                        new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }),
                        new FootnoteReference { Id = _footnotes.Count }));
                    break;
                default:
                    paragraph.Append(TextRun(run.Text));
                    break;
            }
        }

        return paragraph;
    }

    private static DocumentFormat.OpenXml.Wordprocessing.Run TextRun(string text) =>
        new(new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    private static void AddStyles(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(
            new Style(new StyleName { Val = "Normal" }, new StyleRunProperties(new FontSize { Val = "22" })) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
            new Style(new StyleName { Val = "Title" }, new BasedOn { Val = "Normal" },
                new StyleParagraphProperties(new Justification { Val = JustificationValues.Center }),
                new StyleRunProperties(new Bold(), new FontSize { Val = "32" }))
            { Type = StyleValues.Paragraph, StyleId = "Title" },
            new Style(new StyleName { Val = "heading 1" }, new BasedOn { Val = "Normal" },
                new StyleParagraphProperties(new OutlineLevel { Val = 0 }),
                new StyleRunProperties(new Bold()))
            { Type = StyleValues.Paragraph, StyleId = "Heading1" });
    }

    /// <summary>List 1 and list 2 share one abstract list ("1.", "(a)", "(i)"); list 2 restarts at 1.</summary>
    private static void AddNumbering(MainDocumentPart main)
    {
        static Level Level(int index, NumberFormatValues format, string text) =>
            new(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = format }, new LevelText { Val = text }) { LevelIndex = index };

        var numbering = main.AddNewPart<NumberingDefinitionsPart>();
        numbering.Numbering = new Numbering(
            new AbstractNum(
                Level(0, NumberFormatValues.Decimal, "%1."),
                Level(1, NumberFormatValues.LowerLetter, "(%2)"),
                Level(2, NumberFormatValues.LowerRoman, "(%3)"))
            { AbstractNumberId = 1 },
            new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = 1 },
            new NumberingInstance(new AbstractNumId { Val = 1 }, new LevelOverride(new StartOverrideNumberingValue { Val = 1 }) { LevelIndex = 0 }) { NumberID = 2 });
    }
}
