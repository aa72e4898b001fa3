using System.Text.Json;
using System.Text.Json.Serialization;

namespace Archive.Core.Tests.Commitments;

/// <summary>A hand-labelled lineage of Commitments/lineages.json: English paragraph ids in conference order, with statuses.</summary>
public sealed record LineageLabel(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("steps")] IReadOnlyList<LineageLabel.LabelledStep> Steps,
    [property: JsonPropertyName("dropped")] bool Dropped)
{
    public static IReadOnlyList<LineageLabel> Load() =>
        JsonSerializer.Deserialize<List<LineageLabel>>(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Commitments", "lineages.json")))!;

    public sealed record LabelledStep(
        [property: JsonPropertyName("paragraph")] string Paragraph,
        [property: JsonPropertyName("conference")] int Conference,
        [property: JsonPropertyName("strength")] string Strength,
        [property: JsonPropertyName("status")] string Status);
}
