using Archive.Core.Extraction.Ocr;
using Archive.Core.Text;
using UglyToad.PdfPig.Content;

namespace Archive.Core.Extraction.Pdf;

/// <summary>
/// Builds the lines of one page in reading order from its words: those of its text layer (<see cref="PdfWords"/>)
/// or those OCR placed on its image, which go through the same rows, columns and lines. Words are grouped into rows by baseline, so
/// wide justified gaps never split or reorder a line; a column gutter is accepted only where many rows share a
/// gap near the middle of the page, so hanging paragraph numbers at the margin are not taken for columns.
/// Two-column bands are read left column first, then right.
/// </summary>
internal sealed class PdfPageLayout
{
    private const double MinGutterWidth = 8;
    private const int MinGutterRows = 4;

    private PdfPageLayout(IReadOnlyList<PdfLine> lines, IReadOnlyDictionary<int, PdfColumn> columns, bool hasTwoColumns, IReadOnlyList<PdfRule> rules)
    {
        Lines = lines;
        Columns = columns;
        HasTwoColumns = hasTwoColumns;
        Rules = rules;
    }

    public IReadOnlyList<PdfLine> Lines { get; }

    public IReadOnlyDictionary<int, PdfColumn> Columns { get; }

    public bool HasTwoColumns { get; }

    /// <summary>Short horizontal rules drawn on the page (a footnote separator, say).</summary>
    public IReadOnlyList<PdfRule> Rules { get; }

    public static PdfPageLayout Build(Page page) => Build(PdfWords.Of(page), page.Number, page.Width, PdfRule.Of(page));

    /// <summary>The layout of page <paramref name="pageNumber"/> from its positioned words (points, y upwards).</summary>
    public static PdfPageLayout Build(IReadOnlyList<PdfWord> pageWords, int pageNumber, double pageWidth, IReadOnlyList<PdfRule>? rules = null)
    {
        var words = pageWords.Select(StripTrailingMarker).ToList();
        var rows = GroupIntoRows(words);
        var gutter = FindGutter(rows, pageWidth);

        var lines = new List<PdfLine>();
        var band = new List<(List<PdfWord> Left, List<PdfWord> Right)>();
        foreach (var row in rows)
        {
            if (gutter is double x && IsSplitAt(row, x))
            {
                band.Add((row.Where(w => w.Right <= x).ToList(), row.Where(w => w.Left >= x).ToList()));
                continue;
            }

            FlushBand(band, pageNumber, lines);
            lines.Add(ToLine(row, pageNumber, 0));
        }

        FlushBand(band, pageNumber, lines);
        var columns = lines.GroupBy(l => l.Column)
            .ToDictionary(g => g.Key, g => new PdfColumn(g.Key, g.Min(l => l.Left), g.Max(l => l.Right)));
        return new PdfPageLayout(lines, columns, gutter is not null && columns.ContainsKey(1) && columns.ContainsKey(2), rules ?? []);
    }

    /// <summary>
    /// Whether the gutter runs through the row: no word spans it and the words either side stand a gutter apart. A
    /// line of body text whose word space happens to fall on the gutter's x is one line, not two columns.
    /// </summary>
    private static bool IsSplitAt(List<PdfWord> row, double x)
    {
        var left = double.NegativeInfinity;
        var right = double.PositiveInfinity;
        foreach (var word in row)
        {
            if (word.Left < x && word.Right > x)
            {
                return false;
            }

            if (word.Right <= x)
            {
                left = Math.Max(left, word.Right);
            }
            else
            {
                right = Math.Min(right, word.Left);
            }
        }

        return right - left >= Math.Max(MinGutterWidth, 1.5 * row.Max(FontSize));
    }

    private static void FlushBand(List<(List<PdfWord> Left, List<PdfWord> Right)> band, int page, List<PdfLine> lines)
    {
        lines.AddRange(band.Where(r => r.Left.Count > 0).Select(r => ToLine(r.Left, page, 1)));
        lines.AddRange(band.Where(r => r.Right.Count > 0).Select(r => ToLine(r.Right, page, 2)));
        band.Clear();
    }

    /// <summary>Rows of words sharing a baseline, top of the page first, each sorted left to right.</summary>
    private static List<List<PdfWord>> GroupIntoRows(List<PdfWord> words)
    {
        var rows = new List<(double Baseline, double Size, List<PdfWord> Words)>();
        foreach (var word in words.OrderByDescending(Baseline))
        {
            var size = FontSize(word);
            var match = rows.FindIndex(r => Math.Abs(r.Baseline - Baseline(word)) <= 0.5 * Math.Max(size, r.Size));
            if (match < 0)
            {
                rows.Add((Baseline(word), size, [word]));
            }
            else
            {
                rows[match].Words.Add(word);
            }
        }

        return rows
            .OrderByDescending(r => r.Baseline)
            .Select(r => DropSuperscriptMarkers(r.Words).OrderBy(w => w.Left).ToList())
            .Where(r => r.Count > 0)
            .ToList();
    }

    /// <summary>A footnote number set right after a word ("members.¹") is glued to it by the word extractor; cut it off.</summary>
    private static PdfWord StripTrailingMarker(PdfWord word)
    {
        if (word.Letters.Count == 0)
        {
            return word;
        }

        var size = word.FontSize;
        var baseline = word.Letters[0].StartBaseLine.Y;
        var keep = word.Letters.Count;
        while (keep > 1 && word.Letters[keep - 1] is { } letter
            && PdfWord.Size(letter) < 0.8 * size && letter.StartBaseLine.Y - baseline > 0.2 * size
            && letter.Value.All(c => char.IsAsciiDigit(c) || c is '*' or '†' or '‡'))
        {
            keep--;
        }

        return keep == word.Letters.Count
            ? word
            : PdfWord.Of([.. word.Letters.Take(keep)]) with { NoteRef = string.Concat(word.Letters.Skip(keep).Select(l => l.Value)) };
    }

    /// <summary>
    /// Footnote reference numbers are small raised digits; they belong to no sentence. Each is taken off the row and
    /// kept on the word before it, so the paragraph knows which notes it cites.
    /// </summary>
    private static List<PdfWord> DropSuperscriptMarkers(List<PdfWord> row)
    {
        if (row.Count < 2)
        {
            return row;
        }

        var lineSize = row.Select(FontSize).Max();
        var lineBaseline = row.Where(w => FontSize(w) >= 0.9 * lineSize).Select(Baseline).DefaultIfEmpty(Baseline(row[0])).Average();
        var ordered = row.OrderBy(w => w.Left).ToList();
        var kept = new List<PdfWord>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            var word = ordered[i];
            // A raised number that opens its row is a footnote's own number ("¹ See the report of …"): kept, so the
            // note is known by it. A mark has at most three characters and stands alone in its small raised type: a
            // date set smaller at the far end of a masthead row ("2 December 2024") runs on in that type.
            var isMarker = kept.Count > 0 && FontSize(word) < 0.8 * lineSize && Baseline(word) - lineBaseline > 0.2 * lineSize
                && word.Text.Length <= 3 && word.Text.All(c => char.IsAsciiDigit(c) || c is '*' or '†' or '‡')
                && !(i + 1 < ordered.Count && Math.Abs(FontSize(ordered[i + 1]) - FontSize(word)) < 0.1 * FontSize(word)
                    && Math.Abs(Baseline(ordered[i + 1]) - Baseline(word)) < 0.2 * FontSize(word));
            if (!isMarker)
            {
                kept.Add(word);
                continue;
            }

            var previous = kept[^1];
            kept[^1] = previous with { NoteRef = previous.NoteRef is null ? word.Text : $"{previous.NoteRef},{word.Text}" };
        }

        return kept;
    }

    /// <summary>
    /// An x position near the middle of the page that falls inside a wide gap of at least four consecutive rows
    /// with words on both sides, where the text right of the gap starts at the same x in most of those rows: the
    /// space between two columns. The wide gaps of justified lines neither line up nor start text at one x.
    /// </summary>
    private static double? FindGutter(List<List<PdfWord>> rows, double pageWidth)
    {
        if (rows.Count < MinGutterRows)
        {
            return null;
        }

        // Each row's words as flat arrays, read once per candidate x (about 120 of them) without allocating.
        var lefts = rows.Select(r => r.Select(w => w.Left).ToArray()).ToArray();
        var rights = rows.Select(r => r.Select(w => w.Right).ToArray()).ToArray();
        var minGaps = rows.Select(r => Math.Max(MinGutterWidth, 1.5 * r.Max(FontSize))).ToArray();
        var labels = rows.Select(r => r.Select(w => ParagraphLabels.IsLabel(w.Text)).ToArray()).ToArray();
        var starts = new List<double>();
        var ends = new List<(double End, int Words)>();
        var aligned = new Dictionary<double, int>();
        double? best = null;
        var bestScore = 0;
        for (var x = 0.3 * pageWidth; x <= 0.7 * pageWidth; x += 2)
        {
            var run = 0;
            var longestRun = 0;
            var insideColumn = false;
            starts.Clear();
            ends.Clear();
            for (var r = 0; r < rows.Count; r++)
            {
                var (crosses, nearestLeft, left, right) = GapAt(lefts[r], rights[r], x);
                if (crosses)
                {
                    run = 0;
                    continue;
                }

                // A hanging number that opens a line just left of x puts x between a label and its text: inside a
                // column, whatever the alignment of the text beyond it.
                if (nearestLeft >= 0 && !double.IsNaN(right) && labels[r][nearestLeft]
                    && (nearestLeft == 0 || lefts[r][nearestLeft] - rights[r][nearestLeft - 1] >= minGaps[r]))
                {
                    insideColumn = true;
                    break;
                }

                if (!double.IsNaN(left) && !double.IsNaN(right) && right - left >= minGaps[r])
                {
                    starts.Add(right);
                    ends.Add((left, nearestLeft + 1));
                    longestRun = Math.Max(longestRun, ++run);
                }
            }

            if (insideColumn || longestRun < MinGutterRows || !LeftColumnIsFilled(ends, pageWidth))
            {
                continue;
            }

            // Columns are set flush left: most right-hand lines start at one x (labels aside).
            aligned.Clear();
            var mostAligned = 0;
            foreach (var start in starts)
            {
                var key = Math.Round(start / 3);
                mostAligned = Math.Max(mostAligned, aligned[key] = aligned.GetValueOrDefault(key) + 1);
            }

            if (mostAligned >= MinGutterRows && mostAligned * 2 >= starts.Count && mostAligned > bestScore)
            {
                bestScore = mostAligned;
                best = x;
            }
        }

        return best;
    }

    /// <summary>
    /// Text set in a column holds several words a line and runs to the column's edge in most lines, paragraph ends
    /// aside; the short labels of a two-column table ("Status:", "Target date:") hold a word or two and end wherever
    /// the label does, so a table is not read as columns.
    /// </summary>
    private static bool LeftColumnIsFilled(List<(double End, int Words)> ends, double pageWidth)
    {
        var edge = ends.Max(e => e.End);
        return ends.Count(e => edge - e.End <= 0.06 * pageWidth && e.Words >= 3) * 2 >= ends.Count;
    }

    /// <summary>
    /// Whether a word of the row spans x, and else the index of the word that ends nearest left of x (-1 for none)
    /// and where the nearest words end left and start right of x (NaN where none).
    /// </summary>
    private static (bool Crosses, int NearestLeft, double Left, double Right) GapAt(double[] lefts, double[] rights, double x)
    {
        var nearestLeft = -1;
        var left = double.NaN;
        var right = double.NaN;
        for (var i = 0; i < lefts.Length; i++)
        {
            if (lefts[i] < x && rights[i] > x)
            {
                return (true, nearestLeft, left, right);
            }

            if (rights[i] <= x && !(rights[i] <= left))
            {
                nearestLeft = i;
                left = rights[i];
            }

            if (lefts[i] >= x && !(lefts[i] >= right))
            {
                right = lefts[i];
            }
        }

        return (false, nearestLeft, left, right);
    }

    private static PdfLine ToLine(List<PdfWord> words, int page, int column)
    {
        var letterCount = 0;
        var boldLetters = 0;
        var sizes = new List<double>();
        string? lastFont = null;
        var lastFontBold = false;
        var ocr = default(OcrTally);
        foreach (var word in words.Where(w => w.Confidence is not null))
        {
            // A recognised word has no letters: each of its characters counts at its line's size, none as bold.
            letterCount += word.Text.Length;
            sizes.AddRange(Enumerable.Repeat(word.FontSize, word.Text.Length));
            ocr += new OcrTally(1, word.Confidence!.Value);
        }

        foreach (var letter in words.SelectMany(w => w.Letters))
        {
            // Letters come in runs of one font: its name is read once per run.
            if (!ReferenceEquals(letter.FontName, lastFont))
            {
                lastFont = letter.FontName;
                lastFontBold = IsBoldName(lastFont);
            }

            letterCount++;
            boldLetters += letter.FontDetails?.IsBold == true || lastFontBold ? 1 : 0;
            sizes.Add(PdfWord.Size(letter));
        }

        sizes.Sort();
        return new PdfLine(
            page,
            column,
            JoinWords(words, sizes[sizes.Count / 2]),
            words.Min(w => w.Left),
            words.Max(w => w.Right),
            words.Select(Baseline).Max(),
            words.Max(w => w.Top),
            words.Min(w => w.Bottom),
            sizes[sizes.Count / 2],
            boldLetters * 2 > letterCount,
            words.Any(w => IsBarcodeFont(w.FontName)),
            ocr)
        {
            NoteRefs = [.. words.Where(w => w.NoteRef is not null).SelectMany(w => w.NoteRef!.Split(','))],
        };
    }

    /// <summary>
    /// Words with a real gap between them get one space; pieces the word extractor split without a gap (a full stop
    /// kerned against its word, say) are glued back.
    /// </summary>
    private static string JoinWords(List<PdfWord> words, double fontSize)
    {
        var text = new System.Text.StringBuilder(words[0].Text);
        for (var i = 1; i < words.Count; i++)
        {
            if (words[i].Left - words[i - 1].Right > 0.1 * fontSize)
            {
                text.Append(' ');
            }

            text.Append(words[i].Text);
        }

        return text.ToString();
    }

    private static double Baseline(PdfWord word) => word.Baseline;

    private static double FontSize(PdfWord word) => word.FontSize;

    private static bool IsBoldName(string? fontName) =>
        fontName is not null && (fontName.Contains("Bold", StringComparison.OrdinalIgnoreCase)
            || fontName.Contains("Black", StringComparison.OrdinalIgnoreCase)
            || fontName.Contains("Heavy", StringComparison.OrdinalIgnoreCase));

    private static bool IsBarcodeFont(string? fontName) =>
        fontName is not null && (fontName.Contains("barcode", StringComparison.OrdinalIgnoreCase)
            || fontName.Contains("3of9", StringComparison.OrdinalIgnoreCase)
            || fontName.Contains("code39", StringComparison.OrdinalIgnoreCase)
            || fontName.Contains("code128", StringComparison.OrdinalIgnoreCase));
}
