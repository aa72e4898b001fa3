using DocumentFormat.OpenXml.Wordprocessing;

namespace Archive.Core.Extraction.Docx;

/// <summary>
/// What a paragraph's style says about it, through the chain of styles it is based on: a heading (an outline level,
/// or a built-in heading style), the title, a list it belongs to, centred, bold, and the size of its type.
/// </summary>
internal sealed class WordStyles
{
    /// <summary>Word's own size when the document states none: 10 pt, in half-points.</summary>
    private const int WordDefaultHalfPoints = 20;

    private readonly Dictionary<string, Style> _paragraphStyles;
    private readonly string? _defaultStyleId;

    public WordStyles(Styles? styles)
    {
        var paragraphStyles = styles?.Elements<Style>().Where(s => s.Type?.Value == StyleValues.Paragraph && s.StyleId?.Value is not null).ToList() ?? [];
        _paragraphStyles = paragraphStyles.GroupBy(s => s.StyleId!.Value!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        _defaultStyleId = paragraphStyles.FirstOrDefault(s => s.Default?.Value == true)?.StyleId?.Value;
        var documentDefault = styles?.DocDefaults?.RunPropertiesDefault?.RunPropertiesBaseStyle?.FontSize?.Val?.Value;
        BodyHalfPoints = HalfPoints(Chain(_defaultStyleId).Select(s => s.StyleRunProperties?.FontSize?.Val?.Value).FirstOrDefault(v => v is not null) ?? documentDefault)
            ?? WordDefaultHalfPoints;
    }

    /// <summary>The body text's size in half-points: the default paragraph style's, else the document's default.</summary>
    public int BodyHalfPoints { get; }

    /// <summary>The list and level the paragraph is numbered in, by its own properties or its style's; null when it is not.</summary>
    public (int Instance, int Level)? NumberingOf(Paragraph paragraph)
    {
        var own = paragraph.ParagraphProperties?.NumberingProperties;
        if (own?.NumberingId?.Val?.Value is { } instance)
        {
            // Instance 0 takes away the numbering a style would give.
            return instance == 0 ? null : (instance, own.NumberingLevelReference?.Val?.Value ?? LevelFromStyle(paragraph) ?? 0);
        }

        foreach (var style in Chain(StyleIdOf(paragraph)))
        {
            if (style.StyleParagraphProperties?.NumberingProperties is { NumberingId.Val.Value: var fromStyle } numbering)
            {
                return fromStyle == 0 ? null : (fromStyle, numbering.NumberingLevelReference?.Val?.Value ?? 0);
            }
        }

        return null;
    }

    /// <summary>True for a heading: an outline level, or a style named as one of Word's headings.</summary>
    public bool IsHeading(Paragraph paragraph) =>
        paragraph.ParagraphProperties?.OutlineLevel?.Val?.Value is < 9
        || Chain(StyleIdOf(paragraph)).Any(s =>
            s.StyleParagraphProperties?.OutlineLevel?.Val?.Value is < 9
            || (s.StyleName?.Val?.Value ?? string.Empty).StartsWith("heading", StringComparison.OrdinalIgnoreCase));

    public bool IsTitle(Paragraph paragraph) =>
        Chain(StyleIdOf(paragraph)).Any(s => string.Equals(s.StyleName?.Val?.Value, "Title", StringComparison.OrdinalIgnoreCase)
            || string.Equals(s.StyleId?.Value, "Title", StringComparison.OrdinalIgnoreCase));

    public bool IsCentered(Paragraph paragraph)
    {
        var justification = paragraph.ParagraphProperties?.Justification?.Val?.Value
            ?? Chain(StyleIdOf(paragraph)).Select(s => s.StyleParagraphProperties?.Justification?.Val?.Value).FirstOrDefault(j => j is not null);
        return justification == JustificationValues.Center;
    }

    /// <summary>True when the style sets the paragraph's type bold.</summary>
    public bool StyleIsBold(Paragraph paragraph) =>
        Chain(StyleIdOf(paragraph)).Select(s => s.StyleRunProperties?.Bold).FirstOrDefault(b => b is not null) is { } bold && (bold.Val?.Value ?? true);

    /// <summary>The style's type size in half-points, else the body's.</summary>
    public int StyleHalfPoints(Paragraph paragraph) =>
        HalfPoints(Chain(StyleIdOf(paragraph)).Select(s => s.StyleRunProperties?.FontSize?.Val?.Value).FirstOrDefault(v => v is not null)) ?? BodyHalfPoints;

    public static int? HalfPoints(string? value) =>
        int.TryParse(value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var halfPoints) && halfPoints > 0 ? halfPoints : null;

    private int? LevelFromStyle(Paragraph paragraph) =>
        Chain(StyleIdOf(paragraph)).Select(s => s.StyleParagraphProperties?.NumberingProperties?.NumberingLevelReference?.Val?.Value).FirstOrDefault(l => l is not null);

    private string? StyleIdOf(Paragraph paragraph) => paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? _defaultStyleId;

    /// <summary>The style and those it is based on, nearest first; a loop in the chain ends it.</summary>
    private IEnumerable<Style> Chain(string? styleId)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (styleId is not null && seen.Add(styleId) && _paragraphStyles.TryGetValue(styleId, out var style))
        {
            yield return style;
            styleId = style.BasedOn?.Val?.Value;
        }
    }
}
