namespace Archive.Core.Commitments;

public static class ChangeStatuses
{
    /// <summary>The spelling on the wire and on the command line: "new", "resumed", "strengthened", "weakened", "dropped", "reaffirmed".</summary>
    public static string ToCode(this ChangeStatus status) => status.ToString().ToLowerInvariant();
}
