namespace Archive.Core.Ingestion;

public static class MetadataSources
{
    /// <summary>The spelling in ingest reports: "catalog" or "inferred".</summary>
    public static string ToCode(this MetadataSource source) => source.ToString().ToLowerInvariant();
}
