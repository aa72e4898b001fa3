using System.Text;
using System.Text.RegularExpressions;
using Archive.Core.Documents;
using Archive.Core.Extraction.Ocr;
using Archive.Core.Extraction.Pdf;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace Archive.Core.Extraction;

/// <summary>
/// Extracts a PDF with PdfPig: words and rows in reading order (two columns read one after the other), running
/// headers, footers, page numbers, bar codes and footnotes taken out of the body, then lines joined into blocks.
/// Pages without a readable text layer are read by OCR when it is enabled (<see cref="OcrPageReader"/>), and their
/// words go through the same layout; the other pages keep their text layer.
/// </summary>
public sealed partial class PdfTextExtractor(ExtractionOptions options, OcrPageReader ocr) : IDocumentTextExtractor
{
    private static readonly byte[] PdfMagic = "%PDF-"u8.ToArray();

    public string Format => "pdf";

    public IReadOnlyCollection<string> Extensions { get; } = [".pdf"];

    public async Task<ExtractedText> ExtractAsync(byte[] content, ExtractionBudget budget, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(budget);
        ArgumentNullException.ThrowIfNull(content);
        var warnings = new List<string>();
        CheckHeader(content, warnings);
        try
        {
            using var document = PdfDocument.Open(content, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            if (document.NumberOfPages > options.MaxPages)
            {
                throw new ExtractionFailedException(ExtractionFailure.TooLarge,
                    $"the PDF has {document.NumberOfPages} pages; the limit is {options.MaxPages}");
            }

            return await ExtractPagesAsync(document, content, budget, warnings, cancellationToken);
        }
        catch (PdfDocumentEncryptedException ex)
        {
            throw new ExtractionFailedException(ExtractionFailure.Encrypted,
                "the PDF is password-protected (encrypted); save an unprotected copy to ingest it", ex);
        }
        catch (Exception ex) when (ex is not ExtractionFailedException and not OperationCanceledException)
        {
            // PdfPig reports damage with many exception types; any of them means this file, not the run, failed.
            throw new ExtractionFailedException(ExtractionFailure.Corrupt, $"the PDF is damaged and could not be read ({ex.GetType().Name}: {ex.Message})", ex);
        }
    }

    private static void CheckHeader(byte[] content, List<string> warnings)
    {
        var head = content.AsSpan(0, Math.Min(content.Length, 1024));
        if (head.IndexOf(PdfMagic) < 0)
        {
            var start = Encoding.ASCII.GetString(content, 0, Math.Min(content.Length, 16));
            var printable = new string([.. start.Select(c => char.IsControl(c) || c > '~' ? '.' : c)]);
            throw new ExtractionFailedException(ExtractionFailure.NotPdf,
                $"not a PDF: the file does not start with a %PDF- header (it starts with \"{printable}\")");
        }

        var tail = Encoding.ASCII.GetString(content, Math.Max(0, content.Length - 2048), Math.Min(content.Length, 2048));
        if (!tail.Contains("%%EOF", StringComparison.Ordinal))
        {
            warnings.Add("the PDF has no %%EOF marker at its end: it is probably truncated, and text may be missing");
        }
    }

    private async Task<ExtractedText> ExtractPagesAsync(PdfDocument document, byte[] content, ExtractionBudget budget, List<string> warnings, CancellationToken cancellationToken)
    {
        var layouts = new List<PdfPageLayout>();
        var heights = new List<double>();
        var imageOnlyPages = new List<int>();
        var unmapped = new int[document.NumberOfPages + 1];
        var unreadablePages = new List<int>();
        for (var number = 1; number <= document.NumberOfPages; number++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var page = document.GetPage(number);
            var text = page.Letters.Where(l => l.Value.Length == 0 || !string.IsNullOrWhiteSpace(l.Value)).ToList();
            var pageUnmapped = unmapped[number] = text.Count(PdfWords.IsUnmapped);
            if (pageUnmapped > 0 && pageUnmapped * 2 > text.Count)
            {
                unreadablePages.Add(number);
            }

            if (text.Count == 0 && page.NumberOfImages > 0)
            {
                imageOnlyPages.Add(number);
            }

            layouts.Add(PdfPageLayout.Build(page));
            heights.Add(page.Height);
        }

        var ocrFailures = new List<string>();
        var ocrPages = ocr.Tools.Enabled && imageOnlyPages.Count + unreadablePages.Count > 0
            ? await ReadByOcrAsync([.. imageOnlyPages.Union(unreadablePages).Order()], content, budget, layouts, heights, ocrFailures, cancellationToken)
            : [];
        imageOnlyPages.RemoveAll(ocrPages.Contains);
        unreadablePages.RemoveAll(ocrPages.Contains);
        // Said wherever a page is refused for want of OCR, so the report tells how to have it read, or why OCR failed.
        var howTo = ocr.Tools.Enabled
            ? string.Concat(ocrFailures.Select(f => "; " + f))
            : "; " + ocr.Tools.HowToEnable;
        if (layouts.All(l => l.Lines.Count == 0) && unreadablePages.Count > 0)
        {
            throw new ExtractionFailedException(ExtractionFailure.NeedsOcr,
                $"needs OCR: the text layer cannot be read, its fonts map the glyphs to no characters (pages {PageList(unreadablePages)}){howTo}");
        }

        if (layouts.All(l => l.Lines.Count == 0))
        {
            throw imageOnlyPages.Count > 0
                ? new ExtractionFailedException(ExtractionFailure.NeedsOcr,
                    $"needs OCR: no text layer, pages {PageList(imageOnlyPages)} are images only{howTo}")
                : new ExtractionFailedException(ExtractionFailure.NoText,
                    ocrPages.Count > 0 ? $"the PDF contains no text: OCR found none on pages {PageList(ocrPages)}" : "the PDF contains no text");
        }

        if (imageOnlyPages.Count > 0)
        {
            warnings.Add($"needs OCR: pages {PageList(imageOnlyPages)} are images only; their text is missing{howTo}");
        }

        var twoColumnPages = layouts.Select((l, i) => (l, Page: i + 1)).Where(x => x.l.HasTwoColumns).Select(x => x.Page).ToList();
        if (twoColumnPages.Count > 0)
        {
            warnings.Add($"pages {PageList(twoColumnPages)} are set in two columns; read as left column, then right column");
        }

        var unmappedLeft = unmapped.Where((_, page) => !ocrPages.Contains(page)).Sum();
        if (unreadablePages.Count > 0)
        {
            warnings.Add($"needs OCR: the text of pages {PageList(unreadablePages)} cannot be read (its fonts map the glyphs to no characters) and is missing{howTo}");
        }
        else if (unmappedLeft > 0)
        {
            warnings.Add($"{unmappedLeft} characters have no Unicode mapping in the PDF's fonts and may read wrongly");
        }

        var barcodes = new SortedSet<int>(layouts.SelectMany(l => l.Lines).Where(IsBarcode).Select(l => l.Page));
        var bodySize = PdfBlockAssembler.BodyFontSize(layouts.SelectMany(l => l.Lines));
        var running = RunningTextFilter.Find(layouts, heights, bodySize);
        var columns = layouts.SelectMany((l, i) => l.Columns.Values.Select(c => (Key: (i + 1, c.Index), Column: c)))
            .ToDictionary(x => x.Key, x => x.Column);
        var body = new List<PdfLine>();
        var footnotes = new List<Footnote>();
        foreach (var layout in layouts)
        {
            var lines = layout.Lines.Where(l => !running.Contains(l) && !IsBarcode(l)).ToList();
            PdfFootnotes.Take(lines, layout.Rules, bodySize, footnotes);
            body.AddRange(lines);
        }

        if (barcodes.Count > 0)
        {
            warnings.Add($"bar code text on pages {PageList(barcodes)} was left out");
        }

        var read = OcrTally.Sum(body.Select(l => l.Ocr));
        if (read.Any)
        {
            warnings.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"pages {PageList(ocrPages)} have no readable text layer and were read by OCR (mean word confidence {read.MeanConfidence:0.00} of 1)"));
        }

        return new ExtractedText("pdf", PdfBlockAssembler.Assemble(body, PdfColumn.OfBody(body, columns)), footnotes, document.NumberOfPages, warnings, ocrPages, read);
    }

    /// <summary>
    /// Reads the pages by OCR, the file's clock paused, and puts their layouts in place of the empty ones; returns the
    /// pages read. A page OCR could not read stays empty, and why is added to <paramref name="failures"/>.
    /// </summary>
    private async Task<List<int>> ReadByOcrAsync(List<int> pages, byte[] content, ExtractionBudget budget, List<PdfPageLayout> layouts, List<double> heights,
        List<string> failures, CancellationToken cancellationToken)
    {
        // A file out of budget goes no further; its worker has been abandoned.
        cancellationToken.ThrowIfCancellationRequested();
        IReadOnlyList<OcrPageResult> results;
        using (budget.Pause())
        {
            results = await ocr.ReadAsync(content, pages, cancellationToken);
        }

        var read = new List<int>();
        foreach (var result in results)
        {
            if (result.Words is not { } page)
            {
                failures.Add(result.Failure!);
                continue;
            }

            layouts[result.Page - 1] = PdfPageLayout.Build(page.Words, result.Page, page.Width);
            heights[result.Page - 1] = page.Height;
            read.Add(result.Page);
        }

        return read;
    }

    private static bool IsBarcode(PdfLine line) => line.BarcodeFont || BarcodeText().IsMatch(line.Text);

    private static string PageList(IEnumerable<int> pages) => string.Join(", ", pages);

    [GeneratedRegex(@"^\*[A-Z0-9 .\-/+%$]{3,}\*$")]
    private static partial Regex BarcodeText();

}
