using System.Globalization;
using System.Text.RegularExpressions;
using Archive.Core.Extraction;
using Archive.Core.Extraction.Ocr;
using Archive.Core.Text;

namespace Archive.Core.Structuring;

/// <summary>
/// Recognises the structure of an outcome document in its blocks: the title block, section headings (including
/// numbered ones), attachments whose numbering restarts, numbered paragraphs with their lettered or roman
/// sub-items, and unnumbered paragraphs (preambles, closing text), which get ordinal anchors. Where numbering
/// cannot be trusted (jumps, repeats, restarts without an attachment heading) it says so in the warnings.
/// </summary>
public static partial class DocumentStructurer
{
    private const int MaxTitleLines = 6;

    private const int MaxHeadingWords = 30;

    public static StructuredText Structure(IReadOnlyList<TextBlock> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        blocks = NestedLists.Fold(blocks);
        var state = new State();
        var (cover, coverBlocks) = CoverReader.Read(blocks);
        var index = coverBlocks + ReadTitleBlock([.. blocks.Skip(coverBlocks)], state);
        for (; index < blocks.Count; index++)
        {
            ReadBodyBlock(blocks[index], state);
        }

        state.Flush();
        if (state.Paragraphs.Count > 0 && state.Paragraphs.All(p => p.Number is null))
        {
            state.Warnings.Add("no numbered paragraphs were found; paragraphs are cited by their order (u1, u2, …)");
        }

        return new StructuredText(state.TitleLines, cover.Symbol ?? state.Symbol, state.Paragraphs, state.Warnings) { Cover = cover };
    }

    private static int ReadTitleBlock(IReadOnlyList<TextBlock> blocks, State state)
    {
        var index = 0;
        for (; index < blocks.Count && state.TitleLines.Count < MaxTitleLines; index++)
        {
            var block = blocks[index];
            if (DocumentSymbol.IsMatch(block.Text))
            {
                state.Symbol ??= block.Text;
                continue;
            }

            if (ParagraphLabels.StartsBlock(block.Text) || ParagraphLabels.Preamble.IsMatch(block.Text) || ParagraphLabels.Article.IsMatch(block.Text)
                || ((block.Style.HasFlag(BlockStyle.Heading) || ParagraphLabels.LetterHeading.IsMatch(block.Text)) && state.TitleLines.Count > 0))
            {
                break;
            }

            var styled = (block.Style & (BlockStyle.Title | BlockStyle.Centered | BlockStyle.Bold | BlockStyle.Large | BlockStyle.Heading)) != 0;
            var plainShortLine = block.Style == BlockStyle.None && Words.Count(block.Text) <= 25 && !block.Text.EndsWith('.');
            if (!styled && !plainShortLine)
            {
                break;
            }

            state.TitleLines.Add(block.Text);
        }

        return index;
    }

    private static void ReadBodyBlock(TextBlock block, State state)
    {
        var text = block.Text;
        if (DocumentSymbol.IsMatch(text))
        {
            state.Symbol ??= text;
            return;
        }

        // Indonesian legal instruments: the article (Pasal) is the citable unit; its ayat "(1)", its huruf "a." and
        // any numbered list in it (the definitions of Pasal 1) stay inside it. The Penjelasan repeats the articles
        // as its own part.
        var article = ParagraphLabels.Article.Match(text);
        if (article.Success)
        {
            state.Flush();
            state.StartArticle(article.Groups["number"].Value, block);
            return;
        }

        if (text.StartsWith("PENJELASAN", StringComparison.Ordinal) && Words.Count(text) <= 20)
        {
            state.Flush();
            state.StartAttachment("penjelasan");
            state.Section = text;
            return;
        }

        var numbered = ParagraphLabels.Numbered.Match(text);
        if (IsHeading(block, numbered, state))
        {
            state.Flush();
            var attachment = ParagraphLabels.Attachment.Match(text);
            if (attachment.Success)
            {
                state.StartAttachment(attachment.Groups["label"].Value.ToUpperInvariant());
            }

            state.Section = text;
            return;
        }

        if (state.CurrentIsArticle || (state.CurrentIsPreamble && (numbered.Success || ParagraphLabels.SubItem.IsMatch(text) || char.IsLower(text[0]))))
        {
            state.Append("\n" + text, block);
            return;
        }

        if (ParagraphLabels.Preamble.IsMatch(text))
        {
            state.Flush();
            state.StartUnnumbered(text, block, preamble: true);
            return;
        }

        if (numbered.Success)
        {
            state.Flush();
            state.StartNumbered(numbered.Groups["number"].Value, text[numbered.Length..], block);
            return;
        }

        var subItem = ParagraphLabels.SubItem.Match(text);
        if (subItem.Success && state.NumberedByLabels)
        {
            state.Flush();
            state.StartNumbered(subItem.Groups["label"].Value, text[subItem.Length..], block);
            return;
        }

        if ((subItem.Success || Bullet().IsMatch(text)) && (state.CurrentIsNumbered || state.CurrentOpensList))
        {
            state.Append("\n" + text, block);
            return;
        }

        if (subItem.Success && !state.HasNumbered)
        {
            // Before any numbered paragraph, labels (i), (ii) … number the paragraphs themselves (an introduction's).
            state.Flush();
            state.StartNumbered(subItem.Groups["label"].Value, text[subItem.Length..], block);
            return;
        }

        if (subItem.Success)
        {
            state.Warnings.Add($"sub-item \"{subItem.Value.Trim()}\" stands outside any numbered paragraph; kept as an unnumbered paragraph");
        }
        else if (state.HasCurrent && text.FirstOrDefault(char.IsLetterOrDigit) is var first && char.IsLower(first))
        {
            // A block that starts in lower case continues the paragraph before it (e.g. after a figure or a note).
            state.Append(" " + text, block);
            return;
        }

        state.Flush();
        state.StartUnnumbered(text, block);
    }

    private static bool IsHeading(TextBlock block, Match numbered, State state)
    {
        var text = block.Text;
        var words = Words.Count(text);
        if (block.Style.HasFlag(BlockStyle.Heading) || (ParagraphLabels.Attachment.IsMatch(text) && words <= 20))
        {
            return true;
        }

        if (ParagraphLabels.RomanHeading.IsMatch(text) && words <= 15 && !TextNormalizer.EndsClause(text))
        {
            return true;
        }

        if (numbered.Success)
        {
            // "1. Introduction" set in bold, short and without a full stop, is a numbered section heading.
            // In plain type it is one when its number falls back below the paragraphs' ("2. Policy seminars" after
            // paragraph 62): a sub-section's number, not a paragraph's (an item of a list announced before is neither).
            var rest = text[numbered.Length..];
            return Words.Count(rest) <= 10 && !TextNormalizer.EndsClause(rest)
                && (block.Style.HasFlag(BlockStyle.Bold) || IsAllCaps(rest) || (state.NumberFallsBack(numbered.Groups["number"].Value) && !state.CurrentOpensList));
        }

        // A bold line that ends no sentence names what follows, however long ("Progress in the elimination of … by
        // States Parties hosting destruction activities"); capitals alone are a shorter heading's mark.
        return !ParagraphLabels.SubItem.IsMatch(text) && !TextNormalizer.EndsClause(text)
            && ((block.Style.HasFlag(BlockStyle.Bold) && words <= MaxHeadingWords) || (IsAllCaps(text) && words <= 12));
    }

    [GeneratedRegex(@"^[-–•▪◦·]\s+\S")]
    private static partial Regex Bullet();

    private static bool IsAllCaps(string text) => text.Any(char.IsLetter) && text.Where(char.IsLetter).All(char.IsUpper) && text.Count(char.IsLetter) > 3;

    private sealed class State
    {
        private readonly HashSet<string> _anchors = new(StringComparer.Ordinal);
        private string? _number;
        private int _unnumberedOrdinal;
        private int _unnumberedCount;
        private string? _text;
        private SortedSet<int> _pages = [];
        private OcrTally _ocr;
        private List<string> _noteRefs = [];
        private bool _lastWasItem;
        private int? _lastNumber;
        private Kind _kind;

        public List<string> TitleLines { get; } = [];

        public string? Symbol { get; set; }

        public List<StructuredParagraph> Paragraphs { get; } = [];

        public List<string> Warnings { get; } = [];

        public string? Section { get; set; }

        public string? Attachment { get; private set; }

        public bool HasCurrent => _text is not null;

        public bool CurrentIsNumbered => _text is not null && _kind == Kind.Numbered;

        public bool CurrentIsArticle => _text is not null && _kind == Kind.Article;

        public bool CurrentIsPreamble => _text is not null && _kind == Kind.Preamble;

        /// <summary>The paragraph being read announces a list: its text ends with a colon, or with an item of one.</summary>
        public bool CurrentOpensList => _text is not null && (_text.TrimEnd().EndsWith(':') || _lastWasItem);

        public bool HasNumbered { get; private set; }

        /// <summary>The paragraph being read is numbered by a label such as "(ii)", so the next label numbers the next one.</summary>
        public bool NumberedByLabels => CurrentIsNumbered && _number is { } number && !char.IsAsciiDigit(number[0]);

        /// <summary>The number is a whole number below the last numbered paragraph's.</summary>
        public bool NumberFallsBack(string number) =>
            _lastNumber is int last && int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value < last;

        public void StartAttachment(string label)
        {
            Attachment = label;
            _lastNumber = null;
            _unnumberedCount = 0;
        }

        public void StartArticle(string number, TextBlock block)
        {
            _kind = Kind.Article;
            _number = number;
            _text = string.Empty;
            _pages = [.. block.Pages];
            _ocr = block.Ocr;
            _noteRefs = [.. block.NoteRefs];
            _lastWasItem = false;
        }

        public void StartNumbered(string number, string text, TextBlock block)
        {
            CheckNumbering(number, block.Pages);
            HasNumbered = true;
            _kind = Kind.Numbered;
            _number = number;
            _text = text;
            _pages = [.. block.Pages];
            _ocr = block.Ocr;
            _noteRefs = [.. block.NoteRefs];
            _lastWasItem = false;
        }

        public void StartUnnumbered(string text, TextBlock block, bool preamble = false)
        {
            _kind = preamble ? Kind.Preamble : Kind.Unnumbered;
            _number = null;
            _unnumberedOrdinal = ++_unnumberedCount;
            _text = text;
            _pages = [.. block.Pages];
            _ocr = block.Ocr;
            _noteRefs = [.. block.NoteRefs];
            _lastWasItem = false;
        }

        public void Append(string text, TextBlock block)
        {
            _lastWasItem = text.StartsWith('\n') && (ParagraphLabels.SubItem.IsMatch(text[1..]) || Bullet().IsMatch(text[1..]));
            _text += text;
            _pages.UnionWith(block.Pages);
            _ocr += block.Ocr;
            _noteRefs.AddRange(block.NoteRefs);
        }

        public void Flush()
        {
            if (_text is null || _text.Trim().Length == 0)
            {
                // An article heading with nothing under it before the next one cites nothing.
                _text = null;
                return;
            }

            var prefix = Attachment is null ? string.Empty : Attachment + "-";
            var anchor = prefix + (_kind switch
            {
                Kind.Article => $"pasal-{_number}",
                Kind.Numbered => $"p{_number}",
                _ => $"u{_unnumberedOrdinal}",
            });
            if (!_anchors.Add(anchor))
            {
                var copy = 2;
                while (!_anchors.Add($"{anchor}-{copy}"))
                {
                    copy++;
                }

                Warnings.Add($"paragraph anchor {anchor} occurs more than once; occurrence {copy} is cited as {anchor}-{copy}");
                anchor = $"{anchor}-{copy}";
            }

            Paragraphs.Add(new StructuredParagraph(anchor, _number, _number is null ? _unnumberedOrdinal : 0, Section, Attachment, [.. _pages], _text.Trim(), _ocr)
            {
                NoteRefs = [.. _noteRefs.Distinct(StringComparer.Ordinal)],
            });
            _text = null;
        }

        /// <summary>What the paragraph being read is; its anchor and what may be appended to it follow from it.</summary>
        private enum Kind
        {
            Unnumbered,
            Preamble,
            Numbered,
            Article,
        }

        private void CheckNumbering(string number, IReadOnlyList<int> pages)
        {
            if (!int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                return;
            }

            var where = pages.Count > 0 ? $" (page {pages[0]})" : string.Empty;
            // A repeated number is reported once, as a repeated anchor, when the paragraph is flushed.
            if (_lastNumber is int last && value != last + 1 && value != last)
            {
                Warnings.Add(value == 1
                    ? $"paragraph numbering restarts at 1 after paragraph {last}{where} without an attachment heading"
                    : $"paragraph numbering jumps from {last} to {value}{where}");
            }
            else if (_lastNumber is null && value != 1)
            {
                Warnings.Add($"paragraph numbering starts at {value}{where}");
            }

            _lastNumber = value;
        }
    }
}
