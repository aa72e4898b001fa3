namespace Archive.Contracts;

/// <summary>What became of a document added or replaced: it is in the index generation now served.</summary>
/// <param name="Id">The document's id; its paragraphs are <c>{id}/{anchor}</c>.</param>
/// <param name="Paragraphs">How many paragraphs it was read into.</param>
/// <param name="Warnings">The ingest report's warnings for the file: what was inferred, what could not be trusted.</param>
/// <param name="Permalink">The document on the web page.</param>
/// <param name="Sha256">The hash of the file as stored.</param>
/// <param name="Generation">The index generation that includes it.</param>
/// <param name="Unchanged">True when the request asked for what the archive already had.</param>
public sealed record DocumentWriteResponse(
    string Id,
    int Paragraphs,
    IReadOnlyList<string> Warnings,
    string Permalink,
    string Sha256,
    string? Generation,
    bool Unchanged,
    DocumentSummaryResponse Document);
