namespace Archive.Core.FollowUp;

/// <summary>The wire, database and CSV spellings of <see cref="FollowUpStatus"/>: "not-started", "in-progress", "implemented", "superseded".</summary>
public static class FollowUpStatuses
{
    /// <summary>Every spelling, '|'-separated, for the hosts' validation.</summary>
    public const string Codes = "not-started|in-progress|implemented|superseded";

    private static readonly string[] Spellings = Codes.Split('|');

    public static string ToCode(this FollowUpStatus status) => Spellings[(int)status];

    /// <summary>A spelling already validated (a request body checked against <see cref="Codes"/>, a stored row).</summary>
    public static FollowUpStatus Parse(string code) =>
        TryParse(code, out var status) ? status : throw new FormatException($"\"{code}\" is not one of {Codes}");

    public static bool TryParse(string? code, out FollowUpStatus status)
    {
        var index = Array.IndexOf(Spellings, code);
        status = index < 0 ? default : (FollowUpStatus)index;
        return index >= 0;
    }
}
