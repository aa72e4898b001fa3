using System.Globalization;
using System.Text.RegularExpressions;

namespace Archive.Core.Text;

/// <summary>
/// The printed labels that open a block: paragraph numbers ("12.", "2.1"), sub-item labels ("(a)", "b)", "(iv)"),
/// roman section headings ("II. Decisions") and attachment headings ("Attachment A", "Lampiran A").
/// </summary>
public static partial class ParagraphLabels
{
    /// <summary>Matches a paragraph number; group "number" holds it without the trailing dot.</summary>
    public static Regex Numbered { get; } = NumberedRegex();

    /// <summary>Matches a sub-item label; group "label" holds it without brackets.</summary>
    public static Regex SubItem { get; } = SubItemRegex();

    /// <summary>Matches a roman-numeral section heading such as "IV. Decisions of Ministers".</summary>
    public static Regex RomanHeading { get; } = RomanHeadingRegex();

    /// <summary>Matches an attachment or annex heading; group "label" holds its letter or number.</summary>
    public static Regex Attachment { get; } = AttachmentRegex();

    /// <summary>An article heading of an Indonesian legal instrument, alone on its line ("Pasal 5", "Pasal 12A"); group "number" holds its number.</summary>
    public static Regex Article { get; } = ArticleRegex();

    /// <summary>
    /// A line a legal instrument sets on its own, above what it heads: an article ("Pasal 5") or a chapter ("BAB II").
    /// It is never part of the text before or after it.
    /// </summary>
    public static bool StandsAlone(string text) => ArticleRegex().IsMatch(text) || ChapterRegex().IsMatch(text);

    /// <summary>The opening words of a legal instrument's preamble: considerations, legal bases, observations.</summary>
    public static Regex Preamble { get; } = PreambleRegex();

    /// <summary>The whole paragraph number a text opens with ("12. …" gives 12); null for none or for "2.1".</summary>
    public static int? NumberOf(string text) =>
        Numbered.Match(text) is { Success: true } match
            && int.TryParse(match.Groups["number"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;

    /// <summary>True when the text is a label and nothing else ("3.", "(a)", "iv)", "II."), as a hanging number set apart from its text.</summary>
    public static bool IsLabel(string text) => LabelRegex().IsMatch(text);

    /// <summary>A lettered section heading, "A. Introduction": a capital letter, a full stop, a capitalised word.</summary>
    public static Regex LetterHeading { get; } = LetterHeadingRegex();

    /// <summary>True when the text opens with any label that starts a new block.</summary>
    public static bool StartsBlock(string text) =>
        Numbered.IsMatch(text) || SubItem.IsMatch(text) || RomanHeading.IsMatch(text) || Attachment.IsMatch(text);

    // Up to three digits, so that years ("2016 saw…") are not taken for paragraph numbers.
    [GeneratedRegex(@"^(?<number>\d{1,3}(?:\.\d{1,3})*)(?:\.|\)|(?<=\d\.\d{1,3}))\s+(?=\S)")]
    private static partial Regex NumberedRegex();

    [GeneratedRegex(@"^(?:\d{1,3}(?:\.\d{1,3})*[.)]|\((?:[a-z]{1,2}|[ivxlc]{1,6})\)|(?:[a-z]|[ivx]{1,4})\)|[IVXLC]{1,6}\.)$")]
    private static partial Regex LabelRegex();

    [GeneratedRegex(@"^(?:\((?<label>[a-z]{1,2}|[ivxlc]{1,6})\)|(?<label>[a-z]|[ivx]{1,4})\))\s+(?=\S)")]
    private static partial Regex SubItemRegex();

    [GeneratedRegex(@"^Pasal\s+(?<number>\d{1,3}[A-Z]?)$")]
    private static partial Regex ArticleRegex();

    [GeneratedRegex(@"^BAB\s+[IVXLC]{1,6}$")]
    private static partial Regex ChapterRegex();

    [GeneratedRegex(@"^(?:Menimbang|Mengingat|Memperhatikan)\s*:")]
    private static partial Regex PreambleRegex();

    [GeneratedRegex(@"^[A-Z]\.\s+(?=\p{Lu})")]
    private static partial Regex LetterHeadingRegex();

    [GeneratedRegex(@"^(?<label>[IVXLC]{1,6})\.\s+(?=\S)")]
    private static partial Regex RomanHeadingRegex();

    // Capitalised or in capitals, never lower case: "annex V, sect. A." in running text cites an annex, it opens none.
    [GeneratedRegex(@"^(?:Attachment|Annex|Appendix|Lampiran|ATTACHMENT|ANNEX|APPENDIX|LAMPIRAN)\s+(?<label>[A-Z]|\d{1,2}|[IVX]{1,4})\b")]
    private static partial Regex AttachmentRegex();
}
