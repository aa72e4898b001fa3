using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Archive.Core.Extraction.Docx;

/// <summary>
/// A paragraph's text as it reads with every tracked change accepted: inserted and moved-in runs kept, deleted and
/// moved-out ones left out, field codes left out and their results kept. Footnote references are taken out of the
/// text and kept in order; the runs' weight and size are summed up for the block's style.
/// </summary>
internal sealed class WordParagraphText
{
    private readonly StringBuilder _text = new();
    private readonly List<string> _footnoteIds = [];
    private bool _anyText;
    private bool _allBold = true;

    private WordParagraphText()
    {
    }

    public string Text => _text.ToString();

    /// <summary>The ids of the footnotes the paragraph cites, in order.</summary>
    public IReadOnlyList<string> FootnoteIds => _footnoteIds;

    /// <summary>True when every run with text is set bold, by its own properties or the paragraph's style.</summary>
    public bool AllBold => _anyText && _allBold;

    /// <summary>The largest size of a run with text, in half-points.</summary>
    public int LargestHalfPoints { get; private set; }

    /// <summary>Tracked insertions (and moves in) read as accepted.</summary>
    public int Insertions { get; private set; }

    /// <summary>Tracked deletions (and moves out) left out.</summary>
    public int Deletions { get; private set; }

    /// <param name="styleBold">Whether the paragraph's style sets its type bold.</param>
    /// <param name="styleHalfPoints">The size the paragraph's style sets.</param>
    public static WordParagraphText Of(OpenXmlElement paragraph, bool styleBold, int styleHalfPoints)
    {
        var text = new WordParagraphText();
        text.Visit(paragraph, styleBold, styleHalfPoints);
        return text;
    }

    private void Visit(OpenXmlElement element, bool runBold, int runHalfPoints)
    {
        foreach (var child in element.ChildElements)
        {
            switch (child)
            {
                case DeletedRun or MoveFromRun:
                    Deletions++;
                    break;
                case InsertedRun or MoveToRun:
                    Insertions++;
                    Visit(child, runBold, runHalfPoints);
                    break;
                case Run run:
                    var properties = run.RunProperties;
                    Visit(run, properties?.Bold is { } bold ? bold.Val?.Value ?? true : runBold,
                        WordStyles.HalfPoints(properties?.FontSize?.Val?.Value) ?? runHalfPoints);
                    break;
                case DocumentFormat.OpenXml.Wordprocessing.Text written:
                    Append(written.Text, runBold, runHalfPoints);
                    break;
                case TabChar or PositionalTab or Break or CarriageReturn:
                    _text.Append(' ');
                    break;
                case NoBreakHyphen:
                    Append("-", runBold, runHalfPoints);
                    break;
                case FootnoteReference reference when reference.Id?.Value is { } id:
                    _footnoteIds.Add(id.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    break;
                // Properties, field codes, deleted text, drawings and text boxes (their own paragraphs), marks.
                case ParagraphProperties or RunProperties or FieldCode or DeletedText or DeletedFieldCode or Drawing or Picture
                    or AlternateContent or EmbeddedObject or FootnoteReferenceMark or EndnoteReference or SymbolChar:
                    break;
                default:
                    // Hyperlinks, simple fields, content controls, smart tags: their runs are the paragraph's text.
                    Visit(child, runBold, runHalfPoints);
                    break;
            }
        }
    }

    private void Append(string text, bool bold, int halfPoints)
    {
        _text.Append(text);
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        _anyText = true;
        _allBold &= bold;
        LargestHalfPoints = Math.Max(LargestHalfPoints, halfPoints);
    }
}
