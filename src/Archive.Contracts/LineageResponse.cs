namespace Archive.Contracts;

/// <summary>A lineage: its steps across meetings, oldest first, at most one per meeting.</summary>
/// <param name="DroppedAfter">The meeting it was last seen at, when the archive holds a later one.</param>
public sealed record LineageResponse(string Id, MeetingResponse? DroppedAfter, IReadOnlyList<LineageStepResponse> Steps);
