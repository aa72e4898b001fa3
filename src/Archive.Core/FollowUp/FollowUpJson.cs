using System.Text.Json.Serialization;

namespace Archive.Core.FollowUp;

/// <summary>The evidence list is stored as a JSON array in one column.</summary>
[JsonSerializable(typeof(IReadOnlyList<string>))]
internal sealed partial class FollowUpJson : JsonSerializerContext;
