using System.ComponentModel;

namespace Archive.Api.Search;

/// <summary>How a batch is answered, and its hits per query when the body does not say (a CSV body cannot).</summary>
internal sealed record SearchBatchOptions
{
    [Description("json (NDJSON, one answer a line; the default) or csv (one row per hit). Accept: text/csv also asks for CSV.")]
    public string? Format { get; init; }

    [Description("Hits per query, 1-100, when the body does not say. Default 5.")]
    public int? K { get; init; }
}
