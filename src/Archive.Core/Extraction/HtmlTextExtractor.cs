using AngleSharp.Html.Parser;
using Archive.Core.Documents;
using Archive.Core.Extraction.Html;

namespace Archive.Core.Extraction;

/// <summary>
/// Reads HTML with AngleSharp, keeping only the page's content: a saved ministry or ASEAN page brings menus,
/// breadcrumbs, share bars, cookie banners, related-news lists and footers that are not the statement. In order:
/// what a reader never sees is dropped (scripts, hidden elements); footnotes are taken apart; the content is found
/// by the page's own markup (main, article) and its landmarks dropped (nav, aside, header and footer around the
/// content, search, forms); chrome the markup does not name is dropped by what it is (link lists, share bars,
/// breadcrumbs, cookie banners, copyright lines); the content is narrowed by text density. Its title, date and
/// site come back as the cover; a date line that is only page data is not a block.
/// </summary>
public sealed class HtmlTextExtractor : IDocumentTextExtractor
{
    public string Format => "html";

    public IReadOnlyCollection<string> Extensions { get; } = [".html", ".htm", ".xhtml"];

    public Task<ExtractedText> ExtractAsync(byte[] content, ExtractionBudget budget, CancellationToken cancellationToken) =>
        Task.FromResult(Extract(content, cancellationToken));

    public ExtractedText Extract(byte[] content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var warnings = new List<string>();
        var html = TextDecoder.Decode(content, warnings);
        var page = Read(html, dropBoilerplate: true, cancellationToken);
        if (page.Blocks.Count == 0)
        {
            // Every block read as chrome (a page that is only a list of links, say): its text is better than none.
            page = Read(html, dropBoilerplate: false, cancellationToken);
        }

        if (page.Blocks.Count == 0)
        {
            throw new ExtractionFailedException(ExtractionFailure.NoText, "the HTML page contains no text");
        }

        return new ExtractedText(Format, page.Blocks, page.Notes, 1, warnings, Cover: page.Cover);
    }

    private static (List<TextBlock> Blocks, IReadOnlyList<Footnote> Notes, CoverMetadata? Cover) Read(
        string html, bool dropBoilerplate, CancellationToken cancellationToken)
    {
        using var document = new HtmlParser().ParseDocument(html);
        if (document.Body is not { } body)
        {
            return ([], [], null);
        }

        var head = WebPageHead.Read(document);
        var heldControls = PageChrome.RemoveUnseen(body);
        var notes = WebPageNotes.Take(body);
        var text = new PageText(notes.RefLinks);
        var pageMass = new ContentMass(body, text);
        var semantic = ContentLocator.Semantic(body, pageMass);
        PageChrome.RemoveLandmarks(body, semantic, pageMass);
        var scope = semantic ?? body;
        if (dropBoilerplate)
        {
            new Boilerplate(text, new ContentMass(scope, text), WebPageCover.TitleHeading(body, scope, head), heldControls).Remove(scope);
        }

        var narrowed = ContentLocator.Narrow(scope, new ContentMass(scope, text), text);
        var title = WebPageCover.TitleHeading(body, narrowed, head);
        var content = ContentLocator.WithTitle(narrowed, scope, title);
        var stamped = DateLine.Stamped(content);
        var near = DateLine.Near(body, content, title);
        if (near is ({ } block, { IsPageData: true }))
        {
            block.Remove();
        }

        var walker = new HtmlBlockWalker(title, notes.Refs, cancellationToken);
        if (title is not null && !content.Contains(title))
        {
            walker.Visit(title);
        }

        walker.Visit(content);
        walker.Flush();
        var blocks = walker.Blocks;
        var among = near is null ? DateLine.Among(blocks) : null;
        if (among is (var index, { IsPageData: true }))
        {
            blocks.RemoveAt(index);
        }

        return (blocks, notes.Notes, WebPageCover.Read(head, title, stamped, near?.Line ?? among?.Line));
    }
}
