using System.Text.Json;
using System.Text.Json.Serialization;

namespace Archive.Core.Tests.Commitments;

/// <summary>
/// The hand-labelled paragraphs of Commitments/labels.json (the tuning set) or Commitments/labels-fresh.json (the
/// fresh set): operative or not, strongest clause's strength, actor, addressee, topics.
/// </summary>
public sealed record CommitmentLabel(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("operative")] bool Operative,
    [property: JsonPropertyName("strength")] string? Strength,
    [property: JsonPropertyName("actor")] string? Actor,
    [property: JsonPropertyName("addressee")] string? Addressee,
    [property: JsonPropertyName("topics")] IReadOnlyList<string> Topics)
{
    /// <summary>Reads a label file of the output's Commitments folder; the tuning set unless told.</summary>
    public static IReadOnlyList<CommitmentLabel> Load(string fileName = "labels.json")
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Commitments", fileName)));
        return json.RootElement.GetProperty("paragraphs").Deserialize<List<CommitmentLabel>>()!;
    }
}
