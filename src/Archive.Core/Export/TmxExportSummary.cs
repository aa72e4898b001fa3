namespace Archive.Core.Export;

/// <summary>What <see cref="TmxWriter.WriteAsync"/> wrote.</summary>
/// <param name="Units">Translation units written: one per aligned English and Indonesian paragraph pair.</param>
public sealed record TmxExportSummary(int Units);
