using System.Text;
using Archive.Core.Extraction;
using Archive.Core.Structuring;
using Archive.Core.Uploads;
using Microsoft.Extensions.Options;

namespace Archive.Core.Drafts;

/// <summary>
/// Reads a draft into its paragraphs as the archive reads a document: a Word file (its list numbers, tracked changes
/// accepted), a PDF, a web page or plain text, told apart by content, then structured into numbered paragraphs with
/// the same rules as the corpus, so that a draft paragraph and an agreed one are cut alike.
/// </summary>
public sealed class DraftReader(IEnumerable<IDocumentTextExtractor> extractors, IOptions<ExtractionOptions> options)
{
    private readonly Dictionary<string, IDocumentTextExtractor> _byExtension = extractors
        .SelectMany(e => e.Extensions.Select(x => (Extension: x, Extractor: e)))
        .ToDictionary(x => x.Extension, x => x.Extractor, StringComparer.OrdinalIgnoreCase);

    /// <summary>The draft in a file.</summary>
    /// <exception cref="UnsupportedDraftException">The bytes are of no format the archive reads.</exception>
    /// <exception cref="ExtractionFailedException">The file cannot be read (damaged, encrypted, no text).</exception>
    public async Task<Draft> ReadAsync(byte[] content, string? fileName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.Length == 0)
        {
            throw new ExtractionFailedException(ExtractionFailure.EmptyFile, "the draft is empty (0 bytes)");
        }

        var (extension, refusal) = UploadFormat.Sniff(content.AsSpan(0, Math.Min(content.Length, UploadFormat.SniffBytes)), fileName);
        if (extension is null || !_byExtension.TryGetValue(extension, out var extractor))
        {
            throw new UnsupportedDraftException(refusal ?? $"the archive reads no {extension} file");
        }

        using var budget = new ExtractionBudget(options.Value.FileTimeBudget, cancellationToken);
        var extracted = await extractor.ExtractAsync(content, budget, budget.Token);
        var structured = DocumentStructurer.Structure([.. extracted.Blocks.Where(b => !string.IsNullOrWhiteSpace(b.Text))]);
        var title = extracted.Cover?.Title ?? (structured.TitleLines.Count > 0 ? string.Join(" ", structured.TitleLines) : null);
        return new Draft(title, [.. structured.Paragraphs.Select(p => new DraftParagraph(p.Number, p.Text))], [.. extracted.Warnings, .. structured.Warnings]);
    }

    /// <summary>The draft pasted as text: paragraphs apart by blank lines, numbered or not.</summary>
    public Task<Draft> ReadTextAsync(string text, CancellationToken cancellationToken) =>
        ReadAsync(Encoding.UTF8.GetBytes(text), "draft.txt", cancellationToken);
}
