namespace Archive.Core.Extraction;

/// <summary>Turns the bytes of one file format into blocks of text.</summary>
public interface IDocumentTextExtractor
{
    /// <summary>The format name reported for documents it extracts: "pdf", "html" or "text".</summary>
    string Format { get; }

    /// <summary>File extensions it reads, lower case with the dot.</summary>
    IReadOnlyCollection<string> Extensions { get; }

    /// <summary>Extracts the file; throws <see cref="ExtractionFailedException"/> for a file it cannot read.</summary>
    /// <param name="budget">The file's time budget; work timed by a budget of its own (OCR of a page) pauses it.</param>
    /// <remarks>Synchronous underneath except for OCR (PdfPig is); implementations check the token between pages.</remarks>
    Task<ExtractedText> ExtractAsync(byte[] content, ExtractionBudget budget, CancellationToken cancellationToken);
}
