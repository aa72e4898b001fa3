using System.Text.Json.Serialization;

namespace Archive.Contracts;

/// <summary>Why one query of a batch has no hits, as a ProblemDetails says it: a title, a detail and, for bad values, the errors by field.</summary>
public sealed record SearchBatchProblemResponse(string Title, string Detail)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, string[]>? Errors { get; init; }
}
