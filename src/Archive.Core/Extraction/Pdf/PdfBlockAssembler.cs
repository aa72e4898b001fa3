using Archive.Core.Extraction.Ocr;
using Archive.Core.Text;

namespace Archive.Core.Extraction.Pdf;

/// <summary>
/// Joins the body lines of a PDF, in reading order across columns and pages, into blocks. A block ends at a
/// vertical gap wider than the usual line pitch, at a change of type (bold, size), after a short line that ends a
/// sentence, or before a line that opens with a paragraph or sub-item label. A page or column break alone does
/// not end a block, so a paragraph that continues on the next page stays whole.
/// </summary>
internal static class PdfBlockAssembler
{
    public static List<TextBlock> Assemble(IReadOnlyList<PdfLine> lines, IReadOnlyDictionary<(int Page, int Column), PdfColumn> columns)
    {
        var blocks = new List<TextBlock>();
        if (lines.Count == 0)
        {
            return blocks;
        }

        var bodySize = BodyFontSize(lines);
        // Bold sets text apart only when most text is not bold: some producers flag every font as bold.
        if (lines.Sum(l => l.Bold ? l.Text.Length : 0) * 2 > lines.Sum(l => l.Text.Length))
        {
            lines = [.. lines.Select(l => l with { Bold = false })];
        }

        var vocabulary = HyphenationVocabulary.Build([.. lines.Select(l => TextNormalizer.NormalizeCharacters(l.Text))]);
        var pitch = LinePitch(lines, bodySize);
        var current = new List<PdfLine>();
        PdfLine? previous = null;
        foreach (var line in lines)
        {
            if (previous is not null && StartsNewBlock(previous, line, columns, bodySize, pitch))
            {
                blocks.Add(ToBlock(current, columns, bodySize, vocabulary));
                current.Clear();
            }

            current.Add(line);
            previous = line;
        }

        blocks.Add(ToBlock(current, columns, bodySize, vocabulary));
        return blocks;
    }

    /// <summary>The font size that carries the most text.</summary>
    public static double BodyFontSize(IEnumerable<PdfLine> lines) =>
        lines.GroupBy(l => Math.Round(l.FontSize * 2) / 2)
            .OrderByDescending(g => g.Sum(l => l.Text.Length))
            .Select(g => g.Key)
            .DefaultIfEmpty(10)
            .First();

    private static double LinePitch(IReadOnlyList<PdfLine> lines, double bodySize)
    {
        var deltas = lines.Zip(lines.Skip(1))
            .Where(p => p.First.Page == p.Second.Page && p.First.Column == p.Second.Column
                && Math.Abs(p.First.FontSize - bodySize) < 0.5 && Math.Abs(p.Second.FontSize - bodySize) < 0.5)
            .Select(p => p.First.Baseline - p.Second.Baseline)
            .Where(d => d > 0 && d < 3 * bodySize)
            .Order()
            .ToList();

        // The smallest common distance is the pitch inside a paragraph; gaps between paragraphs are larger.
        return deltas.Count == 0 ? 1.2 * bodySize : deltas[deltas.Count / 4];
    }

    private static bool StartsNewBlock(PdfLine previous, PdfLine line, IReadOnlyDictionary<(int Page, int Column), PdfColumn> columns, double bodySize, double pitch)
    {
        if (previous.Bold != line.Bold || Math.Abs(previous.FontSize - line.FontSize) > 0.15 * Math.Max(previous.FontSize, line.FontSize)
            || ParagraphLabels.StandsAlone(previous.Text.Trim()) || ParagraphLabels.StandsAlone(line.Text.Trim()))
        {
            return true;
        }

        var column = columns[(previous.Page, previous.Column)];
        var previousIsShort = previous.Right < column.Right - (0.12 * column.Width);
        var previousEndsClause = TextNormalizer.EndsClause(previous.Text);
        if ((previousIsShort && previousEndsClause)
            || ((previousIsShort || previousEndsClause) && ParagraphLabels.StartsBlock(line.Text)))
        {
            // A label opens a block only after a line that could end one: "in paragraph" + "5. of …" is one sentence.
            return true;
        }

        // Across a page or column break the previous line's length says nothing (it may be a table row measured
        // against another column), so a label followed by a capital opens a block there: "5. of …" still runs on.
        if ((previous.Page != line.Page || previous.Column != line.Column) && OpensLabelledSentence(line.Text))
        {
            return true;
        }

        // A sentence that runs on (to the margin, or into a line in lower case) is one block, whatever the line lengths
        // make it look like: a first line indented as far as it falls short of the margin only looks centred.
        var continuesSentence = !previousEndsClause && (!previousIsShort || (line.Text.Length > 0 && char.IsLower(line.Text[0])));
        if (!continuesSentence && IsCentered(previous, column) != IsCentered(line, columns[(line.Page, line.Column)]))
        {
            return true;
        }

        // Spacing is compared down one column, or from a full-width line (title, heading) to the columns below it.
        var stacked = previous.Page == line.Page && (previous.Column == line.Column || previous.Column == 0);
        // Line pitch grows with the type: two lines of a large heading stand further apart than two of body text.
        var scale = Math.Max(1, Math.Min(previous.FontSize, line.FontSize) / bodySize);
        return stacked && previous.Baseline - line.Baseline > 1.3 * scale * Math.Max(pitch, 0.9 * bodySize);
    }

    private static bool OpensLabelledSentence(string text)
    {
        var label = ParagraphLabels.Numbered.Match(text) is { Success: true } numbered ? numbered : ParagraphLabels.SubItem.Match(text);
        return label.Success && label.Length < text.Length && char.IsUpper(text[label.Length]);
    }

    /// <summary>Indented equally from both edges of its column (a justified or ragged line is not).</summary>
    private static bool IsCentered(PdfLine line, PdfColumn column)
    {
        var leftGap = line.Left - column.Left;
        var rightGap = column.Right - line.Right;
        return leftGap > 0.05 * column.Width && Math.Abs(leftGap - rightGap) < Math.Max(4, 0.015 * column.Width);
    }

    private static TextBlock ToBlock(List<PdfLine> lines, IReadOnlyDictionary<(int Page, int Column), PdfColumn> columns, double bodySize, HyphenationVocabulary vocabulary)
    {
        var style = BlockStyle.None;
        if (lines.Count(l => l.Bold) * 2 > lines.Count)
        {
            style |= BlockStyle.Bold;
        }

        if (lines.All(l => IsCentered(l, columns[(l.Page, l.Column)])))
        {
            style |= BlockStyle.Centered;
        }

        if (lines.Average(l => l.FontSize) > 1.15 * bodySize)
        {
            style |= BlockStyle.Large;
        }

        var text = TextNormalizer.JoinLines(lines.Select(l => TextNormalizer.NormalizeCharacters(l.Text)), vocabulary);
        return new TextBlock(text, [.. lines.Select(l => l.Page).Distinct().Order()], style, OcrTally.Sum(lines.Select(l => l.Ocr)))
        {
            NoteRefs = [.. lines.SelectMany(l => l.NoteRefs)],
            Scale = lines.Average(l => l.FontSize) / bodySize,
        };
    }
}
