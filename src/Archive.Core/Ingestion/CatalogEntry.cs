namespace Archive.Core.Ingestion;

/// <summary>One document in <c>corpus/catalog.json</c>: its metadata, so it need not be inferred from the text.</summary>
/// <param name="File">The file's path relative to the corpus folder.</param>
/// <param name="Language">"en" or "id".</param>
/// <param name="Type">"co-chairs-statement", "declaration", "framework", "strategy" or "other".</param>
/// <param name="Date">ISO date at the precision known: "2016-03-23", "2009-04".</param>
/// <param name="Id">The document's id when it is fixed rather than derived from the metadata (an uploaded document
/// keeps the id it was given, and a translation uploaded as its counterpart shares its work key).</param>
/// <param name="Issuer">Who issued the document (the Bali Process, a UN organ, a ministry); read from its cover when left out.</param>
/// <remarks>Fields left out are inferred from the document's text, as for a file no catalog lists.</remarks>
public sealed record CatalogEntry(
    string File,
    string? Language,
    string? Type,
    int? Conference,
    string? Date,
    string? Place,
    string? Title,
    string? ShortTitle,
    bool Sample,
    string? Id = null,
    string? Issuer = null);
