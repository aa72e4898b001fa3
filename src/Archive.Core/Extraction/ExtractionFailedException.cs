namespace Archive.Core.Extraction;

/// <summary>A file could not be turned into text; <see cref="Failure"/> says why, the message says it to a person.</summary>
public sealed class ExtractionFailedException : Exception
{
    public ExtractionFailedException(ExtractionFailure failure, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Failure = failure;
    }

    public ExtractionFailure Failure { get; }
}
