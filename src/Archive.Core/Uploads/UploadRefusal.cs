namespace Archive.Core.Uploads;

/// <summary>Why a write to the corpus was refused; each has its own HTTP status and ingest-report wording.</summary>
public enum UploadRefusal
{
    /// <summary>The file is larger than <c>Extraction:MaxFileBytes</c>.</summary>
    TooLarge,

    /// <summary>By its content the file is not PDF, HTML, text or Markdown.</summary>
    UnsupportedType,

    /// <summary>The file is of a supported type but cannot be read into paragraphs (the ingest report's message).</summary>
    Unreadable,

    /// <summary>The same bytes are already in the archive.</summary>
    Duplicate,

    /// <summary>The document would take the id of a different document.</summary>
    IdTaken,

    /// <summary>The counterpart named cannot be paired with this document.</summary>
    CounterpartConflict,

    /// <summary>No document has the id.</summary>
    NotFound,

    /// <summary>The document was put in the corpus folder on the server, not uploaded, so it is changed there.</summary>
    NotUploaded,

    /// <summary>The corpus could not be written (read-only, full) or the index rebuilt with the change; the corpus was put back as it was.</summary>
    WriteFailed,
}

public static class UploadRefusals
{
    /// <summary>"too-large", "unsupported-type", …: the spelling in the audit log and in a problem's <c>refusal</c> member.</summary>
    public static string ToCode(this UploadRefusal refusal) =>
        string.Concat(refusal.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}

/// <summary>A write refused, with what to tell the writer; the corpus is as it was.</summary>
/// <param name="documentId">The document the refusal is about (the duplicate, the holder of the id), if any.</param>
public sealed class UploadRefusedException(UploadRefusal refusal, string message, string? documentId = null) : Exception(message)
{
    public UploadRefusal Refusal { get; } = refusal;

    public string? DocumentId { get; } = documentId;
}
