using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Archive.Core.Extraction.Html;

/// <summary>
/// How much statement-like text each element holds, in the spirit of readability's scoring: every block's own text
/// scores by its length and its commas and sentence ends, less the share of it that is link text; short lines
/// and link lists score nothing. An element's mass is the sum over the blocks inside it.
/// </summary>
internal sealed partial class ContentMass
{
    private const int MinWords = 8;
    private const int ParagraphWords = 15;

    private readonly Dictionary<IElement, double> _mass = [];
    private readonly HashSet<IElement> _paragraphs = [];
    private readonly PageText _text;

    public ContentMass(IElement root, PageText text)
    {
        _text = text;
        Root = root;
        foreach (var block in root.DescendantsAndSelf<IElement>().Where(e => e == root || HtmlBlocks.IsBlock(e)))
        {
            var score = Score(block);
            for (var element = block; score > 0 && element is not null; element = element == root ? null : element.ParentElement)
            {
                _mass[element] = _mass.GetValueOrDefault(element) + score;
            }
        }
    }

    public IElement Root { get; }

    public double Total => Of(Root);

    public double Of(IElement element) => _mass.GetValueOrDefault(element);

    /// <summary>True for a block whose own text reads as a paragraph of prose: long, punctuated, hardly linked.</summary>
    public bool IsParagraph(IElement element) => _paragraphs.Contains(element);

    private double Score(IElement block)
    {
        var text = new StringBuilder();
        var linkChars = 0;
        Collect(block, text, ref linkChars, inLink: false);
        var own = text.ToString().Trim();
        var words = PageText.Words(own);
        var density = own.Length == 0 ? 0 : Math.Min(1, linkChars / (double)own.Length);
        if (words < MinWords || density >= 0.5)
        {
            return 0;
        }

        var punctuation = own.Count(c => c is ',' or ';' or ':') + SentenceEnd().Count(own);
        if (words >= ParagraphWords && density < 0.3 && punctuation > 0)
        {
            _paragraphs.Add(block);
        }

        return (1 + punctuation + Math.Min(own.Length / 100.0, 3)) * (1 - density);
    }

    /// <summary>The block's own text: its text and inline elements, not the blocks nested in it.</summary>
    private void Collect(INode node, StringBuilder text, ref int linkChars, bool inLink)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText t:
                    var piece = PageText.Of(t) + " ";
                    text.Append(piece);
                    linkChars += inLink ? piece.Length : 0;
                    break;
                case IElement e when !HtmlBlocks.IsBlock(e):
                    Collect(e, text, ref linkChars, inLink || (e.LocalName == "a" && _text.Links(e).Any()));
                    break;
            }
        }
    }

    [GeneratedRegex(@"[.!?](?=\s|$)")]
    private static partial Regex SentenceEnd();
}
