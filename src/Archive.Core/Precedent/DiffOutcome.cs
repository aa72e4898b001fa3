namespace Archive.Core.Precedent;

/// <summary>The runs of a word diff, in draft order (a deletion before the insertion that replaces it).</summary>
/// <param name="Similarity">2 × unchanged words ÷ (words of both texts).</param>
public sealed record DiffOutcome(IReadOnlyList<DiffRun> Runs, double Similarity, int UnchangedWords);
