using UglyToad.PdfPig.Content;

namespace Archive.Core.Extraction.Pdf;

/// <summary>
/// Splits a page's letters into words by the gaps between them measured along the baseline (from the end of one
/// letter's advance to the start of the next) and by the space glyphs the PDF carries. Text set at an angle (a
/// document symbol running up the margin) is left out: it is never body text; so are glyphs nobody can see.
/// </summary>
internal static class PdfWords
{
    // A word space is about a quarter of an em; kerning and tracking stay well under a tenth.
    private const double WordGap = 0.15;

    public static List<PdfWord> Of(Page page)
    {
        var words = new List<PdfWord>();
        foreach (var row in Rows(page.Letters.Where(l => l.TextOrientation == TextOrientation.Horizontal && !IsUnmapped(l) && !IsInvisible(l))))
        {
            var current = new List<Letter>();
            Letter? previous = null;
            foreach (var letter in row)
            {
                if (previous is not null && IsOverprint(previous, letter))
                {
                    // Bold faked by printing a letter twice, a hair apart: one letter.
                    continue;
                }

                if (string.IsNullOrWhiteSpace(letter.Value))
                {
                    Flush(current, words);
                    previous = letter;
                    continue;
                }

                if (previous is not null && letter.StartBaseLine.X - previous.EndBaseLine.X > WordGap * Math.Max(PdfWord.Size(letter), PdfWord.Size(previous)))
                {
                    Flush(current, words);
                }

                current.Add(letter);
                previous = letter;
            }

            Flush(current, words);
        }

        return words;
    }

    /// <summary>Letters grouped by baseline (within half their size), each row left to right.</summary>
    private static List<List<Letter>> Rows(IEnumerable<Letter> letters)
    {
        // Top of the page first; letters on one baseline keep their content-stream order.
        var sorted = letters.ToArray();
        var keys = new (double, int)[sorted.Length];
        for (var i = 0; i < sorted.Length; i++)
        {
            keys[i] = (-sorted[i].StartBaseLine.Y, i);
        }

        Array.Sort(keys, sorted);
        var rows = new List<(double Baseline, double Size, List<Letter> Letters)>();
        foreach (var letter in sorted)
        {
            var size = PdfWord.Size(letter);
            var baseline = letter.StartBaseLine.Y;
            var match = -1;
            for (var i = rows.Count - 1; i >= 0 && rows[i].Baseline - baseline <= Math.Max(size, rows[i].Size); i--)
            {
                if (Math.Abs(rows[i].Baseline - baseline) <= 0.5 * Math.Max(size, rows[i].Size))
                {
                    match = i;
                    break;
                }
            }

            if (match < 0)
            {
                rows.Add((baseline, size, [letter]));
            }
            else
            {
                rows[match].Letters.Add(letter);
            }
        }

        return rows.ConvertAll(r => r.Letters.OrderBy(l => l.StartBaseLine.X).ToList());
    }

    /// <summary>
    /// A glyph whose font maps it to no character: nothing, a control character, U+FFFD or a private-use code. Such
    /// letters carry no text a reader could search.
    /// </summary>
    public static bool IsUnmapped(Letter letter)
    {
        foreach (var c in letter.Value)
        {
            if (!char.IsControl(c) && c != '\uFFFD' && char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.PrivateUse)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A glyph with no advance and a box under a point high (Acrobat's zero-width "ZWAdobeF" marks, written before
    /// headings as bookmark text): nothing a reader sees, so no part of any word.
    /// </summary>
    private static bool IsInvisible(Letter letter) =>
        Math.Abs(letter.EndBaseLine.X - letter.StartBaseLine.X) < 0.01 && letter.BoundingBox.Height < 1;

    private static bool IsOverprint(Letter previous, Letter letter) =>
        letter.Value == previous.Value && Math.Abs(letter.StartBaseLine.X - previous.StartBaseLine.X) < 0.1 * PdfWord.Size(letter);

    private static void Flush(List<Letter> letters, List<PdfWord> words)
    {
        if (letters.Count > 0)
        {
            words.Add(PdfWord.Of([.. letters]));
            letters.Clear();
        }
    }
}
