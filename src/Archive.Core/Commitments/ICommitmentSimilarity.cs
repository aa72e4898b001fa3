namespace Archive.Core.Commitments;

/// <summary>
/// A measure of how alike two commitments' wording is (0–1), one signal of the lineage linker. The lexical measure
/// is always on; the embedding re-ranker (issue 6) adds its own here.
/// </summary>
public interface ICommitmentSimilarity
{
    /// <summary>The signal's name, reported as link evidence.</summary>
    string Name { get; }

    /// <summary>Prepares for a set of commitments (e.g. computes term weights over them).</summary>
    void Prepare(IReadOnlyList<Commitment> commitments);

    double Similarity(Commitment a, Commitment b);
}
