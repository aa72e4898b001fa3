namespace Archive.Core.Translation;

/// <summary>
/// IBM Model 1 in one direction: t(target term | source term), learned by expectation-maximisation over aligned
/// segments. Each target term of a segment is explained by one of the segment's source terms or by the empty word
/// (<see cref="Empty"/>), which takes the target terms that translate nothing; the model needs no dictionary to start.
/// </summary>
internal sealed class ModelOne
{
    /// <summary>The source "term" that stands for no term.</summary>
    public const int Empty = -1;

    private readonly IReadOnlyList<(int[] Source, int[] Target)> _segments;
    private readonly List<(int Sources, int[] Slots)> _grids;
    private readonly double[] _probabilities;

    private ModelOne(IReadOnlyList<(int[] Source, int[] Target)> segments, List<(int Sources, int[] Slots)> grids, double[] probabilities)
    {
        _segments = segments;
        _grids = grids;
        _probabilities = probabilities;
    }

    /// <param name="segments">Each segment's source terms and target terms, by number.</param>
    /// <param name="iterations">Rounds of expectation-maximisation; Model 1 converges to its one optimum.</param>
    public static ModelOne Train(IReadOnlyList<(int[] Source, int[] Target)> segments, int iterations, CancellationToken cancellationToken)
    {
        // Every pair that co-occurs gets a slot, and each segment a grid of slots (source with the empty word first,
        // by target), so the rounds below run over arrays.
        var pairs = new Dictionary<long, int>();
        var sourceOf = new List<int>();
        var grids = new List<(int Sources, int[] Slots)>(segments.Count);
        foreach (var (source, target) in segments)
        {
            var sources = source.Length + 1;
            var slots = new int[sources * target.Length];
            for (var t = 0; t < target.Length; t++)
            {
                for (var s = 0; s < sources; s++)
                {
                    var term = s == 0 ? Empty : source[s - 1];
                    if (!pairs.TryGetValue(Key(term, target[t]), out var slot))
                    {
                        pairs[Key(term, target[t])] = slot = sourceOf.Count;
                        sourceOf.Add(term + 1);
                    }

                    slots[(t * sources) + s] = slot;
                }
            }

            grids.Add((sources, slots));
        }

        // Uniform start: every pair that co-occurs is equally likely.
        var probabilities = new double[pairs.Count];
        Array.Fill(probabilities, 1.0);
        var counts = new double[pairs.Count];
        var totals = new double[sourceOf.Count == 0 ? 0 : sourceOf.Max() + 1];
        for (var round = 0; round < iterations; round++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Array.Clear(counts);
            Array.Clear(totals);
            foreach (var (sources, slots) in grids)
            {
                for (var row = 0; row < slots.Length; row += sources)
                {
                    var denominator = 0.0;
                    for (var s = 0; s < sources; s++)
                    {
                        denominator += probabilities[slots[row + s]];
                    }

                    for (var s = 0; s < sources; s++)
                    {
                        var slot = slots[row + s];
                        var share = probabilities[slot] / denominator;
                        counts[slot] += share;
                        totals[sourceOf[slot]] += share;
                    }
                }
            }

            for (var slot = 0; slot < probabilities.Length; slot++)
            {
                probabilities[slot] = counts[slot] / totals[sourceOf[slot]];
            }
        }

        return new ModelOne(segments, grids, probabilities);
    }

    /// <summary>
    /// The most likely alignment of a training segment (Viterbi, which for Model 1 is each target term's most probable
    /// source): for each target position, the source term that produced it, or <see cref="Empty"/>.
    /// </summary>
    public int[] Align(int segment)
    {
        var (sources, slots) = _grids[segment];
        var source = _segments[segment].Source;
        var alignment = new int[slots.Length / sources];
        for (var t = 0; t < alignment.Length; t++)
        {
            var best = 0;
            for (var s = 1; s < sources; s++)
            {
                if (_probabilities[slots[(t * sources) + s]] > _probabilities[slots[(t * sources) + best]])
                {
                    best = s;
                }
            }

            alignment[t] = best == 0 ? Empty : source[best - 1];
        }

        return alignment;
    }

    // The empty word (-1) is stored as 0, the terms from 1, so every key is non-negative.
    private static long Key(int source, int target) => ((long)(source + 1) << 32) | (uint)target;
}
