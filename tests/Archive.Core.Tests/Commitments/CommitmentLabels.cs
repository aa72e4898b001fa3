using System.Text.Json;
using System.Text.Json.Serialization;

namespace Archive.Core.Tests.Commitments;

/// <summary>The hand-labelled paragraphs of Commitments/labels.json: operative or not, strongest clause's strength, actor, addressee, topics.</summary>
public sealed record CommitmentLabel(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("operative")] bool Operative,
    [property: JsonPropertyName("strength")] string? Strength,
    [property: JsonPropertyName("actor")] string? Actor,
    [property: JsonPropertyName("addressee")] string? Addressee,
    [property: JsonPropertyName("topics")] IReadOnlyList<string> Topics)
{
    public static IReadOnlyList<CommitmentLabel> Load()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Commitments", "labels.json")));
        return json.RootElement.GetProperty("paragraphs").Deserialize<List<CommitmentLabel>>()!;
    }
}
