namespace Archive.Core.Commitments;

/// <summary>
/// A measure of how alike two commitments are (0–1), a signal of the lineage linker: the lexical measure always,
/// the embedding measure too when embeddings are on.
/// </summary>
public interface ICommitmentSimilarity
{
    /// <summary>Prepares for a set of commitments (e.g. computes term weights over them).</summary>
    void Prepare(IReadOnlyList<Commitment> commitments);

    double Similarity(Commitment a, Commitment b);
}
