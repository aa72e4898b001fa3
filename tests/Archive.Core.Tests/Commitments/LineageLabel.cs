using System.Text.Json;
using System.Text.Json.Serialization;

namespace Archive.Core.Tests.Commitments;

/// <summary>
/// A hand-labelled lineage of Commitments/lineages.json (the tuning set), Commitments/lineages-fresh.json (the fresh
/// set) or Commitments/lineages-third.json (the third set): English paragraph ids in conference (or date) order, with
/// statuses. A step at a meeting that is no Ministerial Conference (the third set's senior officials' meeting or
/// business forum) has no conference; the third set names each step's meeting (English document id) and date.
/// </summary>
public sealed record LineageLabel(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("steps")] IReadOnlyList<LineageLabel.LabelledStep> Steps,
    [property: JsonPropertyName("dropped")] bool Dropped)
{
    /// <summary>Reads a lineage file of the output's Commitments folder; the tuning set unless told.</summary>
    public static IReadOnlyList<LineageLabel> Load(string fileName = "lineages.json") =>
        JsonSerializer.Deserialize<List<LineageLabel>>(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Commitments", fileName)))!;

    public sealed record LabelledStep(
        [property: JsonPropertyName("paragraph")] string Paragraph,
        [property: JsonPropertyName("conference")] int? Conference,
        [property: JsonPropertyName("strength")] string Strength,
        [property: JsonPropertyName("status")] string Status)
    {
        /// <summary>The English id of the document the step is in; given in the third set only.</summary>
        [JsonPropertyName("meeting")]
        public string? Meeting { get; init; }

        /// <summary>When the step's meeting was held ("2027-11"); given in the third set only.</summary>
        [JsonPropertyName("date")]
        public string? Date { get; init; }
    }
}
