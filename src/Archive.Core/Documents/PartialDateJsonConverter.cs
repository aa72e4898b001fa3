using System.Text.Json;
using System.Text.Json.Serialization;

namespace Archive.Core.Documents;

/// <summary>Writes a <see cref="PartialDate"/> as its ISO form ("2016-03-23", "2009-04") and reads it back.</summary>
public sealed class PartialDateJsonConverter : JsonConverter<PartialDate>
{
    public override PartialDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        PartialDate.TryParse(reader.GetString(), out var date) ? date : throw new JsonException($"not a date: {reader.GetString()}");

    public override void Write(Utf8JsonWriter writer, PartialDate value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString());
    }
}
