namespace Archive.Core.Documents;

/// <summary>An English paragraph and its Indonesian counterpart, each with its document.</summary>
public sealed record AlignedPair(ArchiveDocument EnglishDocument, Paragraph English, ArchiveDocument IndonesianDocument, Paragraph Indonesian);
