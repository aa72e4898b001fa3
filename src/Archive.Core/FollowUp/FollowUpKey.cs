using Archive.Core.Commitments;

namespace Archive.Core.FollowUp;

/// <summary>
/// What a follow-up record belongs to: one lineage's step at one conference. Clause ids are not stable across
/// rebuilds (a rule change that finds one more clause in a paragraph renumbers c1 as c2, and a lineage's id is its
/// first clause's id), but the paragraph a lineage starts from and the conference numbers are: so the key is the
/// lineage's root paragraph id and the conference. Every clause of that step (the paragraph's other clauses, the
/// Indonesian twin, which shares the English lineage id) shares the record; a commitment with no lineage is its own root.
/// A step at a meeting without a conference number (senior officials, a forum) is its own root too, as it was before
/// such meetings joined lineages: under the lineage's root, every such step of a lineage would share conference 0.
/// </summary>
/// <param name="Lineage">The root paragraph id, e.g. <c>bpmc6-2016-cochairs-en/p5</c>.</param>
/// <param name="Conference">The conference number; 0 for a commitment with none.</param>
public sealed record FollowUpKey(string Lineage, int Conference)
{
    public static FollowUpKey Of(Commitment commitment, CommitmentCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(commitment);
        ArgumentNullException.ThrowIfNull(catalog);
        if (commitment.Conference is not int conference)
        {
            return new FollowUpKey(commitment.ParagraphId, 0);
        }

        var root = catalog.LineageOf(commitment.Id)?.Lineage.Id is { } lineageId
            ? ParagraphOf(lineageId["L:".Length..])
            : commitment.ParagraphId;
        return new FollowUpKey(root, conference);
    }

    // Clause ids are "{paragraph id}/c{n}" (Commitment.Id); lineage ids are "L:" and a clause id.
    private static string ParagraphOf(string clauseId)
    {
        var slash = clauseId.LastIndexOf("/c", StringComparison.Ordinal);
        return slash < 0 ? clauseId : clauseId[..slash];
    }
}
