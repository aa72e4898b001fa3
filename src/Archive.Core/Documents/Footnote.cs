namespace Archive.Core.Documents;

/// <summary>A note printed at the foot of a page (or at the end of a web page), kept apart from the body text.</summary>
/// <param name="Marker">The note's marker as printed: "3", "*", "a".</param>
/// <param name="Text">The note's text, without its marker.</param>
/// <param name="Page">The 1-based page the note starts on; null where the format has no pages.</param>
public sealed record Footnote(string Marker, string Text, int? Page);
