namespace Archive.Core.Documents;

/// <summary>What the archive knows about a document besides its text.</summary>
/// <param name="Title">The full title, e.g. "Illustrative Co-Chairs' Statement: Sixth Ministerial Conference …".</param>
/// <param name="ShortTitle">A short name for citations ("Bali Declaration"); null uses the type's name.</param>
/// <param name="Conference">The number of the Bali Process Ministerial Conference, when the document belongs to one.</param>
/// <param name="Sample">True for the illustrative documents bundled with the archive, which are not official text.</param>
/// <param name="Issuer">Who issued the document: the organ, body or ministry citations name as its author.</param>
/// <param name="Session">The session or meeting it belongs to, as its cover prints it ("Eightieth session").</param>
public sealed record DocumentMetadata(
    DocumentType Type,
    string Title,
    string? ShortTitle,
    int? Conference,
    PartialDate? Date,
    string? Place,
    bool Sample,
    string? Issuer = null,
    string? Session = null);
