namespace Archive.Core.Drafts;

/// <summary>A draft whose bytes are of no format the archive reads; the message says what they are.</summary>
public sealed class UnsupportedDraftException(string message) : Exception(message);
