namespace Archive.Core.Commitments;

/// <summary>The API and data-file spellings of <see cref="CommitmentStrength"/>.</summary>
public static class CommitmentStrengths
{
    /// <summary>Every <see cref="ToCode"/> spelling, strongest first, '|'-separated, for the hosts' validation.</summary>
    public const string Codes = "decision|commitment|tasking|encouragement|acknowledgement";

    public static string ToCode(this CommitmentStrength strength) => strength.ToString().ToLowerInvariant();

    public static bool TryParse(string? code, out CommitmentStrength strength) =>
        Enum.TryParse(code, ignoreCase: true, out strength) && Enum.IsDefined(strength);
}
