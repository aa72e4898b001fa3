namespace Archive.Core.Extraction.Ocr;

/// <summary>
/// Tesseract's hOCR output for one page, kept on disk under a key of the file's SHA-256, the page, the resolution,
/// the languages and Tesseract's version: a rebuild, or the same file added again, reads no page twice, and a change
/// of any of them reads it afresh. The raw hOCR is kept, not the parsed words, so a better parser needs no new OCR.
/// </summary>
internal sealed class OcrCache(string folder, int dpi, string tesseractVersion)
{
    public string Folder { get; } = Path.GetFullPath(folder);

    public async Task<string?> ReadAsync(string sha256, int page, CancellationToken cancellationToken) =>
        File.Exists(PathOf(sha256, page)) ? await File.ReadAllTextAsync(PathOf(sha256, page), cancellationToken) : null;

    /// <summary>Writes the entry whole or not at all: to a temporary file, then renamed over the key.</summary>
    public async Task WriteAsync(string sha256, int page, string hocr, CancellationToken cancellationToken)
    {
        var path = PathOf(sha256, page);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            await File.WriteAllTextAsync(temporary, hocr, cancellationToken);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private string PathOf(string sha256, int page) =>
        Path.Combine(Folder, sha256[..2], $"{sha256}-p{page}-{dpi}dpi-{OcrTools.Languages}-psm{OcrTools.PageSegmentation}-tesseract{tesseractVersion}.hocr");
}
