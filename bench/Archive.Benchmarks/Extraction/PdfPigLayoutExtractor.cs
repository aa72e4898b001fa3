using Archive.Core.Extraction;
using Archive.Core.Extraction.Pdf;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis;
using UglyToad.PdfPig.DocumentLayoutAnalysis.PageSegmenter;
using UglyToad.PdfPig.DocumentLayoutAnalysis.ReadingOrderDetector;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;
using PdfPigBlock = UglyToad.PdfPig.DocumentLayoutAnalysis.TextBlock;

namespace Archive.Benchmarks.Extraction;

/// <summary>
/// A PDF extractor built from PdfPig's own layout tools instead of the archive's layout code, so the two can be
/// compared on the same files through the same structurer: words (PdfPig's nearest-neighbour word extractor, or
/// the archive's baseline-and-advance words), blocks (<see cref="DocstrumBoundingBoxes"/> or
/// <see cref="RecursiveXYCut"/>), reading order (<see cref="UnsupervisedReadingOrderDetector"/>) and running heads
/// and feet (<see cref="DecorationTextBlockClassifier"/>).
/// </summary>
internal sealed class PdfPigLayoutExtractor(PdfPigLayout layout) : IDocumentTextExtractor
{
    public string Format => "pdf";

    public IReadOnlyCollection<string> Extensions { get; } = [".pdf"];

    public Task<ExtractedText> ExtractAsync(byte[] content, ExtractionBudget budget, CancellationToken cancellationToken) =>
        Task.FromResult(Extract(content, cancellationToken));

    private ExtractedText Extract(byte[] content, CancellationToken cancellationToken)
    {
        using var document = PdfDocument.Open(content, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        var pages = new List<(int Number, IReadOnlyList<PdfPigBlock> Blocks)>();
        for (var number = 1; number <= document.NumberOfPages; number++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var page = document.GetPage(number);
            var words = Words(page);
            IReadOnlyList<PdfPigBlock> blocks = layout.Segmenter == PdfPigSegmenter.Docstrum
                ? DocstrumBoundingBoxes.Instance.GetBlocks(words)
                : RecursiveXYCut.Instance.GetBlocks(words);
            pages.Add((number, [.. UnsupervisedReadingOrderDetector.Instance.Get(blocks)]));
        }

        var decorations = DecorationTextBlockClassifier.Get([.. pages.Select(p => p.Blocks)]);
        var body = new List<Archive.Core.Extraction.TextBlock>();
        for (var i = 0; i < pages.Count; i++)
        {
            var running = decorations[i].ToHashSet();
            body.AddRange(pages[i].Blocks.Where(b => !running.Contains(b))
                .Select(b => new Archive.Core.Extraction.TextBlock(
                    TextNormalizer.JoinLines(b.TextLines.Select(l => TextNormalizer.NormalizeCharacters(l.Text))), [pages[i].Number])));
        }

        return new ExtractedText("pdf", body, [], document.NumberOfPages, []);
    }

    private IReadOnlyList<Word> Words(Page page) => layout.Words == PdfPigWords.Archive
        ? [.. PdfWords.Of(page).Select(w => new Word([.. w.Letters]))]
        : [.. NearestNeighbourWordExtractor.Instance.GetWords(page.Letters)];
}

internal enum PdfPigWords
{
    NearestNeighbour,
    Archive,
}

internal enum PdfPigSegmenter
{
    Docstrum,
    RecursiveXYCut,
}

/// <summary>One combination of PdfPig's layout tools, named as on the command line.</summary>
internal sealed record PdfPigLayout(string Name, PdfPigWords Words, PdfPigSegmenter Segmenter)
{
    public static IReadOnlyList<PdfPigLayout> All { get; } =
    [
        new("docstrum", PdfPigWords.NearestNeighbour, PdfPigSegmenter.Docstrum),
        new("xycut", PdfPigWords.NearestNeighbour, PdfPigSegmenter.RecursiveXYCut),
        new("archive-words+docstrum", PdfPigWords.Archive, PdfPigSegmenter.Docstrum),
        new("archive-words+xycut", PdfPigWords.Archive, PdfPigSegmenter.RecursiveXYCut),
    ];
}
