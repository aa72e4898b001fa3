using System.Text.RegularExpressions;
using Archive.Core.Text;

namespace Archive.Core.Extraction;

/// <summary>
/// Reads plain text and Markdown. Lines hard-wrapped mid-sentence (as text copied from PDFs and web pages is) are
/// joined back into paragraphs; a paragraph ends at a blank line, before a line that opens with a paragraph or
/// sub-item label, a heading or a list bullet, and after a short line that ends a sentence.
/// </summary>
public sealed partial class PlainTextExtractor : IDocumentTextExtractor
{
    // Files whose longest line is longer than this are not hard-wrapped: one line is one paragraph.
    private const int UnwrappedLineLength = 200;

    public string Format => "text";

    public IReadOnlyCollection<string> Extensions { get; } = [".txt", ".text", ".md", ".markdown"];

    public Task<ExtractedText> ExtractAsync(byte[] content, ExtractionBudget budget, CancellationToken cancellationToken) =>
        Task.FromResult(Extract(content, cancellationToken));

    public ExtractedText Extract(byte[] content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var warnings = new List<string>();
        var text = TextNormalizer.NormalizeCharacters(TextDecoder.Decode(content, warnings).ReplaceLineEndings("\n"));
        var lines = text.Split('\n').Select(l => l.TrimEnd()).ToList();
        var blocks = Split(lines);
        if (blocks.Count == 0)
        {
            throw new ExtractionFailedException(ExtractionFailure.NoText, "the file contains no text");
        }

        return new ExtractedText(Format, blocks, [], 1, warnings);
    }

    private static List<TextBlock> Split(List<string> lines)
    {
        var wrapWidth = WrapWidth(lines);
        var vocabulary = HyphenationVocabulary.Build(lines);
        var blocks = new List<TextBlock>();
        var current = new List<string>();
        var currentStyle = BlockStyle.None;
        int? lastNumber = null;

        void Flush()
        {
            if (current.Count > 0)
            {
                blocks.Add(new TextBlock(TextNormalizer.JoinLines(current, vocabulary), [], currentStyle));
                current.Clear();
            }

            currentStyle = BlockStyle.None;
        }

        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || HorizontalRule().IsMatch(line))
            {
                Flush();
                continue;
            }

            var heading = MarkdownHeading().Match(line);
            if (heading.Success)
            {
                Flush();
                var level = heading.Groups["hashes"].Length;
                var style = level == 1 && blocks.Count == 0 ? BlockStyle.Title : BlockStyle.Heading;
                blocks.Add(new TextBlock(StripInlineMarkup(heading.Groups["text"].Value), [], style));
                continue;
            }

            var bullet = Bullet().IsMatch(line);
            line = StripInlineMarkup(Bullet().Replace(line, string.Empty));
            var number = ParagraphLabels.NumberOf(line);
            // "3." after paragraph 2 opens paragraph 3 even when the line before it ends without a full stop.
            var nextInSequence = number is int n && lastNumber is int last && n == last + 1;
            if (current.Count > 0 && (bullet || (ParagraphLabels.StartsBlock(line) && (nextInSequence || CanEndParagraph(current[^1], wrapWidth)))))
            {
                Flush();
            }

            if (current.Count == 0 && number is not null)
            {
                lastNumber = number;
            }

            current.Add(line);
            var single = current.Count == 1 && (ParagraphLabels.RomanHeading.IsMatch(line) || ParagraphLabels.Attachment.IsMatch(line));
            if (single || line.Length > UnwrappedLineLength || wrapWidth is null || EndsParagraph(line, NextLine(lines, i), wrapWidth.Value))
            {
                Flush();
            }
        }

        Flush();
        return blocks;
    }

    /// <summary>The width lines were wrapped at, or null when the text is not hard-wrapped.</summary>
    private static int? WrapWidth(List<string> lines)
    {
        var lengths = lines.Select(l => l.Trim().Length).Where(n => n > 0).Order().ToList();
        if (lengths.Count == 0 || lengths[^1] > UnwrappedLineLength)
        {
            return null;
        }

        return lengths[(int)(lengths.Count * 0.9)];
    }

    private static string? NextLine(List<string> lines, int index) =>
        index + 1 < lines.Count && lines[index + 1].Trim().Length > 0 ? lines[index + 1].Trim() : null;

    // A label opens a new paragraph only after a line that could end one: "as set out in paragraph" followed by
    // "12. of the Framework" is one sentence wrapped before a number.
    private static bool CanEndParagraph(string previous, int? wrapWidth) =>
        wrapWidth is null || TextNormalizer.EndsClause(previous) || previous.Length < 0.6 * wrapWidth;

    private static bool EndsParagraph(string line, string? next, int wrapWidth)
    {
        if (next is null)
        {
            return true;
        }

        // A wrapped line is filled close to the wrap width; a much shorter one is the last line of its paragraph
        // (or a title line) when it closes a sentence or the next line opens a new one.
        var isShort = line.Length < 0.6 * wrapWidth;
        return isShort && (TextNormalizer.EndsClause(line) || char.IsUpper(next[0]));
    }

    private static string StripInlineMarkup(string text) => InlineMarkup().Replace(text, string.Empty);

    [GeneratedRegex(@"^(?<hashes>#{1,6})\s+(?<text>.+?)\s*#*$")]
    private static partial Regex MarkdownHeading();

    [GeneratedRegex(@"^[-*+•]\s+")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"^(?:-{3,}|\*{3,}|_{3,}|={3,})$")]
    private static partial Regex HorizontalRule();

    [GeneratedRegex(@"\*\*|__|`")]
    private static partial Regex InlineMarkup();
}
