namespace Archive.Core.Uploads;

/// <summary>A write refused, with what to tell the writer; the corpus is as it was.</summary>
/// <param name="documentId">The document the refusal is about (the duplicate, the holder of the id), if any.</param>
public sealed class UploadRefusedException(UploadRefusal refusal, string message, string? documentId = null) : Exception(message)
{
    public UploadRefusal Refusal { get; } = refusal;

    public string? DocumentId { get; } = documentId;
}
