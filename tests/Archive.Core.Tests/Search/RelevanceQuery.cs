using System.Text.Json;
using System.Text.Json.Serialization;

namespace Archive.Core.Tests.Search;

/// <summary>One query of the relevance set (Search/relevance.json) with its graded judgments (3 = answers it).</summary>
public sealed record RelevanceQuery(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("query")] string Query,
    [property: JsonPropertyName("lang")] string Lang,
    [property: JsonPropertyName("judgments")] Dictionary<string, int> Judgments)
{
    public static IReadOnlyList<RelevanceQuery> Load() =>
        JsonSerializer.Deserialize<List<RelevanceQuery>>(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Search", "relevance.json")))!;
}
