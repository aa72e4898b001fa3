namespace Archive.Core.Extraction;

/// <summary>Turns the bytes of one file format into blocks of text.</summary>
public interface IDocumentTextExtractor
{
    /// <summary>The format name reported for documents it extracts: "pdf", "html" or "text".</summary>
    string Format { get; }

    /// <summary>File extensions it reads, lower case with the dot.</summary>
    IReadOnlyCollection<string> Extensions { get; }

    /// <summary>Extracts the file; throws <see cref="ExtractionFailedException"/> for a file it cannot read.</summary>
    /// <remarks>Synchronous underneath (PdfPig is); implementations check the token between pages.</remarks>
    ExtractedText Extract(byte[] content, CancellationToken cancellationToken);
}
