namespace Archive.Core.Export;

/// <summary>What <see cref="OpenSearchBulk.WriteAsync"/> wrote.</summary>
/// <param name="Paragraphs">Paragraphs written, one action line and one document line each.</param>
/// <param name="WithVectors">Of those, the paragraphs written with their vector.</param>
/// <param name="Bytes">UTF-8 bytes written, line ends included.</param>
public sealed record BulkExportSummary(int Paragraphs, int WithVectors, long Bytes);
