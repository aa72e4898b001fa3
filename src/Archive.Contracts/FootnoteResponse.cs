namespace Archive.Contracts;

/// <summary>A footnote of a document: kept apart from the paragraphs, which list the markers they cite.</summary>
/// <param name="Marker">The note's marker as printed ("3", "*").</param>
/// <param name="Text">The note's text, without its marker.</param>
/// <param name="Page">The page the note starts on; null for formats without pages.</param>
public sealed record FootnoteResponse(string Marker, string Text, int? Page);
