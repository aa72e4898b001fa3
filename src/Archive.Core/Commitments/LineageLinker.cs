namespace Archive.Core.Commitments;

/// <summary>
/// Links commitments of different meetings that concern the same undertaking into lineages, in the meetings' date
/// order: a commitment joins the lineage (last seen at an earlier meeting) whose latest steps are the most alike,
/// above <see cref="Threshold"/> when they share a topic and above <see cref="UntopicalThreshold"/> when not, and that
/// tasks the same body if both task one; a lineage takes at most one step per meeting. Besides the words, the score
/// counts a statement following a statement and the same body addressed again (the RSO tasked at a conference and
/// by senior officials after it). With embeddings on, the similarity is the lexical one plus
/// <see cref="EmbeddingWeight"/> times how far the paragraphs' cosine rises above <see cref="EmbeddingFloor"/>: the
/// thresholds keep their lexical meaning, and meaning only adds evidence.
/// </summary>
public sealed class LineageLinker(LexicalSimilarity lexical)
{
    // Statements follow statements: at a meeting with several outcome documents, a lineage continues in the
    // document of the same kind when the wording allows it.
    private const double SameKindBonus = 0.05;

    // The same body tasked or encouraged again is evidence of the same undertaking, whatever the words: on the tuning
    // lineages it raised link recall from 0.71 to 0.77 at precision 1.0 (docs/decisions.md). Members, whom most
    // encouragements address, are no such evidence: counting them brought precision down to 0.83.
    private const double SameAddresseeBonus = 0.1;

    // The addressee of an encouragement of everyone (addressees.tsv), which says nothing of the undertaking.
    private const string Everyone = "members";

    // How many of a clause's most distinctive terms find its candidate chains.
    private const int BlockingTerms = 20;

    // The similarity signals hold state for the set being linked: one linking at a time.
    private readonly Lock _gate = new();

    /// <summary>
    /// The least score (0–1) that links two commitments sharing a topic. Default 0.2, set on the tuning lineages with
    /// the addressee evidence: at 0.15, weak links took the places of right ones (precision 0.95, recall 0.69).
    /// </summary>
    public double Threshold { get; init; } = 0.2;

    /// <summary>The least similarity that links two commitments without a topic in common (one may have none). Default 0.35.</summary>
    public double UntopicalThreshold { get; init; } = 0.35;

    /// <summary>
    /// Weight of the embedding signal's rise above <see cref="EmbeddingFloor"/>. Default 0.25: of weights 0.25–1 and
    /// floors 0.3–0.8 on the labelled lineages, only high floors did not cost precision (see docs/decisions.md).
    /// </summary>
    public double EmbeddingWeight { get; init; } = 0.25;

    /// <summary>The paragraph cosine below which the embedding signal adds nothing. Default 0.7, set on the tuning lineages.</summary>
    public double EmbeddingFloor { get; init; } = 0.7;

    /// <summary>Lineages of the commitments of one language, oldest step first; commitments in no meeting are left out.</summary>
    /// <param name="embedding">The embedding signal, when embeddings are on.</param>
    public IReadOnlyList<Lineage> Link(IReadOnlyList<Commitment> commitments, ICommitmentSimilarity? embedding = null)
    {
        ArgumentNullException.ThrowIfNull(commitments);
        lock (_gate)
        {
            return LinkLocked(commitments, embedding);
        }
    }

    private double Similarity(Commitment a, Commitment b, ICommitmentSimilarity? embedding) =>
        lexical.Similarity(a, b) + (embedding is null ? 0 : EmbeddingWeight * Math.Max(0, embedding.Similarity(a, b) - EmbeddingFloor));

    private List<Lineage> LinkLocked(IReadOnlyList<Commitment> commitments, ICommitmentSimilarity? embedding)
    {
        var dated = commitments.Where(c => c.Meeting is not null).ToList();
        lexical.Prepare(dated);
        embedding?.Prepare(dated);

        var chains = new List<List<LineageStep>>();

        // Chains by the terms of their steps; a commitment looks up its most distinctive terms only: a chain worth
        // linking shares one of them, so the commitment is compared with those chains, not every chain of the archive.
        var byTerm = new Dictionary<string, HashSet<List<LineageStep>>>(StringComparer.Ordinal);
        foreach (var meeting in dated.GroupBy(c => c.Meeting!.Order).OrderBy(g => g.Key))
        {
            var candidates = (
                from commitment in meeting
                from chain in lexical.TopTermsOf(commitment, BlockingTerms).SelectMany(t => byTerm.GetValueOrDefault(t) ?? []).Distinct()
                where chain[^1].Commitment.Meeting!.Order < meeting.Key
                let previous = chain[^1].Commitment
                where Compatible(previous, commitment)
                let score = chain.TakeLast(2).Max(step => Similarity(step.Commitment, commitment, embedding))
                    + (previous.DocumentType == commitment.DocumentType ? SameKindBonus : 0)
                    + (SameBody(previous, commitment) ? SameAddresseeBonus : 0)
                where score >= Threshold && (SharesTopic(previous, commitment) || score >= UntopicalThreshold)
                orderby score descending
                select (commitment, chain, score)).ToList();

            var placed = new HashSet<string>(StringComparer.Ordinal);
            var extended = new HashSet<List<LineageStep>>();
            foreach (var (commitment, chain, score) in candidates)
            {
                if (placed.Contains(commitment.Id) || extended.Contains(chain))
                {
                    continue;
                }

                var previous = chain[^1].Commitment;
                chain.Add(new LineageStep(commitment, LineageStatuses.Between(previous.Strength, commitment.Strength), Math.Round(score, 3), lexical.SharedTerms(previous, commitment)));
                placed.Add(commitment.Id);
                extended.Add(chain);
            }

            chains.AddRange(meeting.Where(c => !placed.Contains(c.Id)).Select(c => new List<LineageStep> { new(c, LineageStatus.New, null, []) }));
            foreach (var chain in chains.Where(c => c[^1].Commitment.Meeting!.Order == meeting.Key))
            {
                foreach (var term in lexical.TopTermsOf(chain[^1].Commitment, int.MaxValue))
                {
                    if (!byTerm.TryGetValue(term, out var set))
                    {
                        byTerm[term] = set = [];
                    }

                    set.Add(chain);
                }
            }
        }

        var latest = dated.Select(c => c.Meeting!.Order).DefaultIfEmpty(0).Max();
        return [.. chains.Select(chain => new Lineage(
            "L:" + chain[0].Commitment.Id,
            chain,
            chain[^1].Commitment.Meeting!.Order < latest ? chain[^1].Commitment.Meeting : null))];
    }

    /// <summary>
    /// A body tasked at one meeting must be the body tasked at the next. Otherwise the addressee may change with
    /// the strength: encouraging members, committing them and asking IOM to help them are one undertaking.
    /// </summary>
    private static bool Compatible(Commitment before, Commitment now) =>
        before.Strength != CommitmentStrength.Tasking || now.Strength != CommitmentStrength.Tasking || before.Addressee == now.Addressee;

    private static bool SameBody(Commitment before, Commitment now) =>
        before.Addressee is not null && before.Addressee != Everyone && before.Addressee == now.Addressee;

    private static bool SharesTopic(Commitment before, Commitment now) =>
        before.Topics.Select(t => t.Topic).Intersect(now.Topics.Select(t => t.Topic)).Any();

    /// <summary>The stemmed words two clauses share: link evidence in the clauses' own language.</summary>
    public IReadOnlyList<string> SharedWords(Commitment a, Commitment b) => lexical.CommonStems(a, b);
}
