namespace Archive.Core.Extraction;

/// <summary>Why a file could not be extracted.</summary>
public enum ExtractionFailure
{
    EmptyFile,
    TooLarge,
    NotPdf,
    Encrypted,
    Corrupt,
    NoText,
    NeedsOcr,
    TimedOut,
    UnsupportedFormat,
}
