using Microsoft.Extensions.Options;

namespace Archive.Core.Extraction;

/// <summary>
/// Extracts one file with the extractor for its format, within the size limit and the per-file time budget. PdfPig
/// cannot be interrupted inside a page, so a file that overruns its budget is abandoned (its worker finishes in the
/// background) and reported as timed out; the run goes on. Pages read by OCR pause the file's clock: each has its own.
/// </summary>
public sealed class FileTextExtractor
{
    private readonly ExtractionOptions _options;
    private readonly Dictionary<string, IDocumentTextExtractor> _byExtension;

    private readonly ExtractionCache _cache;

    public FileTextExtractor(IEnumerable<IDocumentTextExtractor> extractors, IOptions<ExtractionOptions> options, ExtractionCache cache)
    {
        ArgumentNullException.ThrowIfNull(extractors);
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _cache = cache;
        _byExtension = extractors
            .SelectMany(e => e.Extensions.Select(x => (Extension: x, Extractor: e)))
            .ToDictionary(x => x.Extension, x => x.Extractor, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The build of the extractor and the OCR setting: the same file read by the same version gives the same text.</summary>
    public string Version => _cache.Version;

    public bool Supports(string path) => _byExtension.ContainsKey(Path.GetExtension(path));

    /// <summary>Extracts the file or throws <see cref="ExtractionFailedException"/> saying why it cannot be.</summary>
    /// <returns>The text and the hex SHA-256 of the bytes it was read from (the file is read once).</returns>
    public async Task<(ExtractedText Text, string Sha256)> ExtractAsync(string path, CancellationToken cancellationToken)
    {
        var extractor = ExtractorFor(Path.GetExtension(path));
        var length = new FileInfo(path).Length;
        if (length == 0)
        {
            throw new ExtractionFailedException(ExtractionFailure.EmptyFile, "the file is empty (0 bytes)");
        }

        if (length > _options.MaxFileBytes)
        {
            throw new ExtractionFailedException(ExtractionFailure.TooLarge,
                $"the file is {length / 1048576.0:F1} MiB; the limit is {_options.MaxFileBytes / 1048576.0:F1} MiB (Extraction:MaxFileBytes)");
        }

        var content = await File.ReadAllBytesAsync(path, cancellationToken);
        var sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content));
        if (await _cache.ReadAsync(sha256, cancellationToken) is { } cached)
        {
            return (cached, sha256);
        }

        var extracted = await ExtractAsync(extractor, content, cancellationToken);
        await _cache.WriteAsync(sha256, extracted, cancellationToken);
        return (extracted, sha256);
    }

    /// <summary>
    /// Extracts bytes held in memory (a draft sent for review) as a file with <paramref name="extension"/> is, within
    /// the time budget; nothing is cached.
    /// </summary>
    /// <exception cref="ExtractionFailedException">The bytes cannot be read, or no extractor reads the extension.</exception>
    public Task<ExtractedText> ExtractAsync(byte[] content, string extension, CancellationToken cancellationToken) =>
        ExtractAsync(ExtractorFor(extension), content, cancellationToken);

    private IDocumentTextExtractor ExtractorFor(string extension) => _byExtension.TryGetValue(extension, out var extractor)
        ? extractor
        : throw new ExtractionFailedException(ExtractionFailure.UnsupportedFormat,
            $"unsupported file type \"{extension}\"; the archive reads {string.Join(", ", _byExtension.Keys.Order())}");

    private async Task<ExtractedText> ExtractAsync(IDocumentTextExtractor extractor, byte[] content, CancellationToken cancellationToken)
    {
        using var budget = new ExtractionBudget(_options.FileTimeBudget, cancellationToken);
        var work = Task.Run(() => extractor.ExtractAsync(content, budget, budget.Token), CancellationToken.None);
        try
        {
            var extracted = await work.WaitAsync(budget.Token);
            // A block with no text (glyphs that map to nothing, say) is no paragraph: the structurer never sees one.
            return extracted with { Blocks = [.. extracted.Blocks.Where(b => !string.IsNullOrWhiteSpace(b.Text))] };
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ExtractionFailedException(ExtractionFailure.TimedOut,
                $"extraction took longer than the budget of {_options.FileTimeBudgetSeconds:0.###} s and was stopped (Extraction:FileTimeBudgetSeconds)");
        }
    }
}
