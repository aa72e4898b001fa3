using System.Text.Json;
using Archive.Core.Extraction.Ocr;

namespace Archive.Core.Extraction;

/// <summary>
/// What a file's extraction gave, kept by the file's SHA-256, so that a rebuild (an upload, a removal, a restart after
/// a change) re-reads only new or changed files: extracting a PDF costs tens of milliseconds a page, reading this
/// back a fraction of one. An entry is valid for one build of the extractor and one OCR setting: its folder is named
/// by both, and the folders of other versions are deleted when a version writes its first entry. Entries are written
/// whole or not at all (a temporary file renamed over the key); one that cannot be read is extracted again.
/// </summary>
public sealed class ExtractionCache
{
    private readonly string _root;
    private readonly string _folder;
    private int _pruned;

    public ExtractionCache(ExtractionOptions options, OcrTools ocr)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(ocr);
        _root = Path.GetFullPath(options.ExtractionCachePath);
        // The build of the code that extracts (a new build may read files differently) and what OCR could do.
        var build = typeof(ExtractionCache).Assembly.ManifestModule.ModuleVersionId.ToString("N")[..12];
        var reading = ocr.Enabled ? $"ocr{options.OcrDpi}-{ocr.TesseractVersion}" : "no-ocr";
        Version = $"{build}-{reading}-p{options.MaxPages}";
        _folder = Path.Combine(_root, Version);
    }

    /// <summary>The build of the extractor and the OCR setting its entries are valid for.</summary>
    public string Version { get; }

    public async Task<ExtractedText?> ReadAsync(string sha256, CancellationToken cancellationToken)
    {
        var path = PathOf(sha256);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            await using var stream = File.OpenRead(path);
            return await JsonSerializer.DeserializeAsync<ExtractedText>(stream, cancellationToken: cancellationToken);
        }
        catch (Exception ex) when (ex is JsonException or IOException or NotSupportedException)
        {
            return null;
        }
    }

    public async Task WriteAsync(string sha256, ExtractedText text, CancellationToken cancellationToken)
    {
        PruneOtherVersions();
        var path = PathOf(sha256);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            await using (var stream = File.Create(temporary))
            {
                await JsonSerializer.SerializeAsync(stream, text, cancellationToken: cancellationToken);
            }

            File.Move(temporary, path, overwrite: true);
        }
        catch (IOException)
        {
            // A cache that cannot be written (a full or read-only disk) costs only time: the next build extracts again.
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private void PruneOtherVersions()
    {
        if (Interlocked.Exchange(ref _pruned, 1) == 1 || !Directory.Exists(_root))
        {
            return;
        }

        foreach (var stale in Directory.EnumerateDirectories(_root).Where(d => !string.Equals(d, _folder, StringComparison.Ordinal)))
        {
            try
            {
                Directory.Delete(stale, recursive: true);
            }
            catch (IOException)
            {
                // Another process (a CLI build beside the server) may still read it; it goes next time.
            }
        }
    }

    private string PathOf(string sha256) => Path.Combine(_folder, sha256[..2], sha256 + ".json");
}
