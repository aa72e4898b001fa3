namespace Archive.Core.Commitments;

public static class LineageStatuses
{
    /// <summary>How a commitment of strength <paramref name="now"/> stands to one of <paramref name="before"/> on the scale.</summary>
    public static LineageStatus Between(CommitmentStrength before, CommitmentStrength now) =>
        now > before ? LineageStatus.Strengthened : now < before ? LineageStatus.Weakened : LineageStatus.Reaffirmed;

    /// <summary>The spelling on the wire, in CSV and on the command line: "new", "reaffirmed", "strengthened", "weakened".</summary>
    public static string ToCode(this LineageStatus status) => status.ToString().ToLowerInvariant();
}
