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
