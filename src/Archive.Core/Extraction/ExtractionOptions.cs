using System.ComponentModel.DataAnnotations;
using Archive.Core.Extraction.Ocr;

namespace Archive.Core.Extraction;

/// <summary>Limits that keep one bad file from stalling or exhausting an ingest run, and how scanned pages are read.</summary>
public sealed class ExtractionOptions
{
    /// <summary>Files larger than this are refused without being read. Default 64 MiB.</summary>
    [Range(1, long.MaxValue)]
    public long MaxFileBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>
    /// Wall-clock budget for extracting one file, in seconds; a slower file is stopped and reported. Pages read by OCR
    /// are timed by <see cref="OcrPageTimeBudgetSeconds"/> instead and do not count here. Default 60.
    /// </summary>
    [Range(0.001, 3600)]
    public double FileTimeBudgetSeconds { get; set; } = 60;

    /// <summary>Pages a PDF may have before it is refused. Default 2,000.</summary>
    [Range(1, 100_000)]
    public int MaxPages { get; set; } = 2_000;

    /// <summary>
    /// Whether PDF pages without a readable text layer are read by OCR (Tesseract, off-line): <c>auto</c> when the
    /// <c>tesseract</c> and <c>pdftoppm</c> executables are found, <c>on</c> (start-up fails without them) or <c>off</c>.
    /// Default auto.
    /// </summary>
    public OcrMode Ocr { get; set; } = OcrMode.Auto;

    /// <summary>Resolution pages are rendered at for OCR, in dots per inch. Default 300.</summary>
    [Range(72, 600)]
    public int OcrDpi { get; set; } = 300;

    /// <summary>Wall-clock budget for rendering and reading one page by OCR, in seconds; a slower page is stopped and reported. Default 60.</summary>
    [Range(1, 3600)]
    public double OcrPageTimeBudgetSeconds { get; set; } = 60;

    /// <summary>
    /// Folder where OCR results are kept by file SHA-256 and page (with resolution, languages and Tesseract version),
    /// so that a rebuild reads no page twice. Relative paths are resolved like <c>Index:Path</c>. Default <c>index/ocr-cache</c>.
    /// </summary>
    [Required]
    public string OcrCachePath { get; set; } = Path.Combine("index", "ocr-cache");

    /// <summary>The Tesseract executable: a name looked up on PATH or a path. Default <c>tesseract</c>.</summary>
    /// <summary>Where extraction results are kept by file hash (<see cref="ExtractionCache"/>); like the OCR cache, outside any index generation.</summary>
    [Required]
    public string ExtractionCachePath { get; set; } = Path.Combine("index", "extraction-cache");

    [Required]
    public string TesseractPath { get; set; } = "tesseract";

    /// <summary>Poppler's page renderer: a name looked up on PATH or a path. Default <c>pdftoppm</c>.</summary>
    [Required]
    public string PdftoppmPath { get; set; } = "pdftoppm";

    public TimeSpan FileTimeBudget => TimeSpan.FromSeconds(FileTimeBudgetSeconds);

    public TimeSpan OcrPageTimeBudget => TimeSpan.FromSeconds(OcrPageTimeBudgetSeconds);
}
