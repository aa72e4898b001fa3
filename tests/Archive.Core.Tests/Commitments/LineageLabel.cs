using System.Text.Json;
using System.Text.Json.Serialization;

namespace Archive.Core.Tests.Commitments;

/// <summary>
/// A hand-labelled lineage of Commitments/lineages.json (the tuning set), Commitments/lineages-fresh.json (the fresh
/// set) or Commitments/lineages-third.json (the third set): English paragraph ids in date order, with statuses. A
/// step at a meeting without a conference number (senior officials, a forum) has a null conference and may name its
/// meeting (English document id) and date.
/// </summary>
public sealed record LineageLabel(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("steps")] IReadOnlyList<LineageLabel.LabelledStep> Steps,
    [property: JsonPropertyName("dropped")] bool Dropped)
{
    /// <summary>Reads a lineage file of the output's Commitments folder; the tuning set unless told.</summary>
    public static IReadOnlyList<LineageLabel> Load(string fileName = "lineages.json") =>
        JsonSerializer.Deserialize<List<LineageLabel>>(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Commitments", fileName)))!;

    /// <param name="Meeting">The meeting's id or name, when the label gives it.</param>
    /// <param name="Date">The meeting's date (ISO 8601 at the precision known), when the label gives it.</param>
    public sealed record LabelledStep(
        [property: JsonPropertyName("paragraph")] string Paragraph,
        [property: JsonPropertyName("conference")] int? Conference,
        [property: JsonPropertyName("strength")] string Strength,
        [property: JsonPropertyName("status")] string Status,
        [property: JsonPropertyName("meeting")] string? Meeting = null,
        [property: JsonPropertyName("date")] string? Date = null);
}
