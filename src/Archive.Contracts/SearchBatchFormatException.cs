namespace Archive.Contracts;

/// <summary>A batch file or body that cannot be read as a whole (malformed JSON or CSV, no q column): nothing is searched.</summary>
public sealed class SearchBatchFormatException(string message, Exception? innerException = null) : Exception(message, innerException);
