using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Archive.Core.Extraction.Ocr;

/// <summary>
/// Reads the pages of a PDF that have no readable text layer: each is rendered by pdftoppm and read by the
/// <c>tesseract</c> executable (hOCR, <c>eng+ind</c>), within <c>Extraction:OcrPageTimeBudgetSeconds</c> for both
/// (an overrunning tool is killed and the page reported), or taken from the OCR cache.
/// </summary>
public sealed partial class OcrPageReader
{
    private readonly OcrTools _tools;
    private readonly ExtractionOptions _options;
    private readonly OcrCache _cache;
    private readonly ILogger<OcrPageReader> _logger;

    public OcrPageReader(OcrTools tools, IOptions<ExtractionOptions> options, ILogger<OcrPageReader> logger)
    {
        ArgumentNullException.ThrowIfNull(tools);
        ArgumentNullException.ThrowIfNull(options);
        _tools = tools;
        _options = options.Value;
        _cache = new OcrCache(_options.OcrCachePath, _options.OcrDpi, tools.TesseractVersion ?? "none");
        _logger = logger;
    }

    public OcrTools Tools => _tools;

    /// <summary>Reads the given pages of the PDF in <paramref name="content"/>; OCR must be enabled.</summary>
    internal async Task<IReadOnlyList<OcrPageResult>> ReadAsync(byte[] content, IReadOnlyList<int> pages, CancellationToken cancellationToken)
    {
        if (!_tools.Enabled)
        {
            throw new InvalidOperationException("OCR is not enabled: " + _tools.HowToEnable);
        }

        var sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content));
        var results = new List<OcrPageResult>(pages.Count);
        var folder = Directory.CreateTempSubdirectory("archive-ocr-");
        try
        {
            var pdf = Path.Combine(folder.FullName, "source.pdf");
            var written = false;
            foreach (var page in pages)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (await _cache.ReadAsync(sha256, page, cancellationToken) is { } cached && ParseCached(cached) is { } words)
                {
                    results.Add(new OcrPageResult(page, words, null, TimeSpan.Zero, TimeSpan.Zero));
                    continue;
                }

                if (!written)
                {
                    await File.WriteAllBytesAsync(pdf, content, cancellationToken);
                    written = true;
                }

                results.Add(await RecogniseAsync(pdf, sha256, page, folder.FullName, cancellationToken));
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }

        return results;
    }

    private async Task<OcrPageResult> RecogniseAsync(string pdf, string sha256, int page, string folder, CancellationToken cancellationToken)
    {
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(_options.OcrPageTimeBudget);
        var clock = Stopwatch.StartNew();
        var render = TimeSpan.Zero;
        try
        {
            var image = Path.Combine(folder, $"page{page}");
            var number = page.ToString(CultureInfo.InvariantCulture);
            // Grey PGM: no compression to pay for, and Tesseract binarises the image itself.
            await ToolProcess.RunAsync(_tools.Pdftoppm!, ["-r", _options.OcrDpi.ToString(CultureInfo.InvariantCulture), "-gray", "-f", number, "-l", number, "-singlefile", pdf, image], budget.Token);
            render = clock.Elapsed;
            var hocr = await ToolProcess.RunAsync(_tools.Tesseract!, [image + ".pgm", "stdout", "-l", OcrTools.Languages, "--psm", OcrTools.PageSegmentation, "hocr"], budget.Token);
            var recognise = clock.Elapsed - render;
            File.Delete(image + ".pgm");
            var words = HocrPage.Parse(hocr, _options.OcrDpi);
            await WriteCacheAsync(sha256, page, hocr, cancellationToken);
            return new OcrPageResult(page, words, null, render, recognise);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new OcrPageResult(page, null,
                $"OCR of page {page} took longer than the budget of {_options.OcrPageTimeBudgetSeconds:0.###} s and was stopped (Extraction:OcrPageTimeBudgetSeconds)",
                render, clock.Elapsed - render);
        }
        catch (Exception ex) when (ex is IOException or FormatException or System.Xml.XmlException or System.ComponentModel.Win32Exception)
        {
            return new OcrPageResult(page, null, $"OCR of page {page} failed ({ex.Message})", render, clock.Elapsed - render);
        }
    }

    /// <summary>A cache entry that does not parse (edited by hand, written by another tool) is read afresh, not trusted.</summary>
    private HocrPage? ParseCached(string hocr)
    {
        try
        {
            return HocrPage.Parse(hocr, _options.OcrDpi);
        }
        catch (Exception ex) when (ex is FormatException or System.Xml.XmlException)
        {
            return null;
        }
    }

    private async Task WriteCacheAsync(string sha256, int page, string hocr, CancellationToken cancellationToken)
    {
        try
        {
            await _cache.WriteAsync(sha256, page, hocr, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The page was read; only the next run pays for the cache that could not be written.
            LogCacheNotWritten(_logger, _cache.Folder, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The OCR cache in {Folder} could not be written; pages will be read again next time")]
    private static partial void LogCacheNotWritten(ILogger logger, string folder, Exception exception);
}
