using System.Text.Json.Serialization;

namespace Archive.Contracts;

/// <summary>The answer to one query of a batch: its hits, or the error that stopped it (never both).</summary>
/// <param name="Index">The query's position in the batch, from 0.</param>
/// <param name="Id">The id the caller gave the query, when it gave one.</param>
/// <param name="Query">The query as sent.</param>
public sealed record SearchBatchResultResponse(int Index, string? Id, string Query)
{
    /// <summary>Paragraphs that match; absent on an error.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Total { get; init; }

    /// <summary>The top hits, compact with their text; absent on an error.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<SearchHitResponse>? Hits { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public SearchBatchProblemResponse? Error { get; init; }
}
