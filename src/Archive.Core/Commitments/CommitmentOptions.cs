namespace Archive.Core.Commitments;

/// <summary>The <c>Commitments</c> section.</summary>
public sealed class CommitmentOptions
{
    /// <summary>
    /// Extract and link commitments as soon as an index generation is served, so that no request waits for them.
    /// Default true; false leaves it to the first request that needs them (linking a very large archive takes minutes
    /// of one core).
    /// </summary>
    public bool WarmAtStart { get; set; } = true;
}
