using Archive.Core.Embeddings;

namespace Archive.Core.Commitments;

/// <summary>
/// The cosine of the embeddings of the paragraphs two commitments stand in: the same undertaking restated in other
/// words ("returns" → "voluntary repatriation") is close in meaning though it shares few stems. Lineages are linked
/// paragraph by paragraph, so the index's paragraph vectors are the right unit, and cost nothing more to compute.
/// </summary>
public sealed class EmbeddingSimilarity(ParagraphVectors vectors) : ICommitmentSimilarity
{
    public void Prepare(IReadOnlyList<Commitment> commitments)
    {
    }

    public double Similarity(Commitment a, Commitment b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var other = vectors.Of(b.ParagraphId);
        return other.IsEmpty ? 0 : vectors.Cosine(a.ParagraphId, other) ?? 0;
    }
}
