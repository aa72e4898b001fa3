using System.Text;
using Archive.Core.Extraction;
using Archive.Core.Structuring;
using Archive.Core.Uploads;

namespace Archive.Core.Drafts;

/// <summary>
/// Reads a draft into its paragraphs as the archive reads a document: a Word file (its list numbers, tracked changes
/// accepted), a PDF, a web page or plain text, told apart by content, then structured into numbered paragraphs with
/// the same rules as the corpus, so that a draft paragraph and an agreed one are cut alike.
/// </summary>
public sealed class DraftReader(FileTextExtractor extractor)
{
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
        if (extension is null)
        {
            throw new UnsupportedDraftException(refusal!);
        }

        var extracted = await extractor.ExtractAsync(content, extension, cancellationToken);
        var structured = DocumentStructurer.Structure(extracted.Blocks);
        var title = extracted.Cover?.Title ?? (structured.TitleLines.Count > 0 ? string.Join(" ", structured.TitleLines) : null);
        return new Draft(title, [.. structured.Paragraphs.Select(p => new DraftParagraph(p.Number, p.Text))], [.. extracted.Warnings, .. structured.Warnings]);
    }

    /// <summary>The draft pasted as text: paragraphs apart by blank lines, numbered or not.</summary>
    public Task<Draft> ReadTextAsync(string text, CancellationToken cancellationToken) =>
        ReadAsync(Encoding.UTF8.GetBytes(text), "draft.txt", cancellationToken);
}
