namespace Archive.Contracts;

/// <param name="Before">Its clause at the earlier point (at the latest of its meetings); null when it is new or resumed.</param>
/// <param name="After">Its clause at the later point; null when it was dropped.</param>
/// <param name="Resumes">For a resumed lineage, the step it takes up again: its last clause before the earlier point.</param>
public sealed record ChangeResponse(string Lineage, string Status, IReadOnlyList<string> Topics, ChangeSideResponse? Before, ChangeSideResponse? After, ChangeSideResponse? Resumes);
