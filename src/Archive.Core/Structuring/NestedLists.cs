using Archive.Core.Extraction;
using Archive.Core.Extraction.Ocr;
using Archive.Core.Text;

namespace Archive.Core.Structuring;

/// <summary>
/// Finds numbered lists nested in a numbered paragraph: paragraph 6 ends "as follows:", items 1, 2, 3 … follow, and
/// then paragraph 7 resumes the document's numbering. The items belong to paragraph 6 (an agenda, a list of
/// tasks); read as paragraphs they would break its numbering and repeat the anchors p1, p2 … A numbering that
/// restarts and never resumes (an annex) is left alone.
/// </summary>
internal static class NestedLists
{
    /// <summary>The blocks with each nested list folded into the paragraph that introduces it, one item per line.</summary>
    public static List<TextBlock> Fold(IReadOnlyList<TextBlock> blocks)
    {
        var folded = new List<TextBlock>(blocks.Count);
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (Number(block) is int outer && outer >= 2 && block.Text.TrimEnd().EndsWith(':')
                && NestedRunEnd(blocks, i + 1, outer) is int end)
            {
                var items = blocks.Skip(i + 1).Take(end - i - 1).ToList();
                var text = string.Join("\n", [block.Text, .. items.Select(b => b.Text)]);
                folded.Add(block with
                {
                    Text = text,
                    Pages = [.. block.Pages.Concat(items.SelectMany(b => b.Pages)).Distinct().Order()],
                    Ocr = OcrTally.Sum([block.Ocr, .. items.Select(b => b.Ocr)]),
                });
                i = end - 1;
                continue;
            }

            folded.Add(block);
        }

        return folded;
    }

    /// <summary>
    /// The index of the block that closes a run 1, 2, 3 … starting at <paramref name="start"/>: the paragraph numbered
    /// <paramref name="outer"/> + 1, or a section heading after which the numbering resumes there (sub-items and
    /// unlabelled continuations may sit between the items); null when the blocks there are not such a run.
    /// </summary>
    private static int? NestedRunEnd(IReadOnlyList<TextBlock> blocks, int start, int outer)
    {
        var expected = 1;
        for (var i = start; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (ParagraphLabels.Attachment.IsMatch(block.Text))
            {
                return null;
            }

            if (block.Style.HasFlag(BlockStyle.Heading) || ParagraphLabels.RomanHeading.IsMatch(block.Text))
            {
                // The list ends at a section heading; it was nested if the numbering resumes after the heading.
                var next = blocks.Skip(i + 1).Select(Number).FirstOrDefault(n => n is not null);
                return expected > 1 && next == outer + 1 ? i : null;
            }

            if (Number(block) is not int number)
            {
                if (i == start)
                {
                    return null;
                }

                continue;
            }

            if (number == expected)
            {
                expected++;
                continue;
            }

            return number == outer + 1 && expected > 1 ? i : null;
        }

        return null;
    }

    private static int? Number(TextBlock block) => ParagraphLabels.NumberOf(block.Text);
}
