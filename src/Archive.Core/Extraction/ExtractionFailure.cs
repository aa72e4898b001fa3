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

    /// <summary>Reading the file failed in a way no check foresaw; the report names the cause. The run goes on.</summary>
    Unexpected,
}
