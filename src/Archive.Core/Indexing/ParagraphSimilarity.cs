using System.Collections.Concurrent;
using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace Archive.Core.Indexing;

/// <summary>
/// BM25, with a coordination factor for the queries that ask for it (a relaxed search, whose top clause is one per
/// query word): a paragraph's score is scaled by the square of the share of those clauses it matches, so one with
/// three of four words ranks above one with a single rare word, and BM25 orders paragraphs with as many.
/// </summary>
/// <remarks>
/// Lucene's <see cref="BM25Similarity"/> computed step for step (the same norms, weights and scores to the bit; a
/// test compares them), but a term's weight no longer builds its own table of 256 length factors nor its idf's
/// explanation text: a search weighs about a hundred terms, and those tables were a third of what it allocated. The
/// table depends only on the field's average length, so the fields share one per searcher.
/// </remarks>
internal sealed class ParagraphSimilarity : Similarity
{
    // Not constants: Lucene computes k1 + 1 and 1 - b at run time, and the compiler's folding need not round alike.
    private static readonly float K1 = 1.2f;
    private static readonly float B = 0.75f;

    /// <summary>Lucene's, for the norm written at index time: the one thing not computed here.</summary>
    private static readonly BM25Similarity Lucene = new();

    private static readonly float[] LengthOfNorm = LengthsOfNorms();

    private readonly ConcurrentDictionary<float, float[]> _lengthFactors = new();

    public override float Coord(int overlap, int maxOverlap)
    {
        var share = maxOverlap == 0 ? 1f : (float)overlap / maxOverlap;
        return share * share;
    }

    public override long ComputeNorm(FieldInvertState state) => Lucene.ComputeNorm(state);

    public override SimWeight ComputeWeight(float queryBoost, CollectionStatistics collectionStats, params TermStatistics[] termStats)
    {
        ArgumentNullException.ThrowIfNull(collectionStats);
        ArgumentNullException.ThrowIfNull(termStats);
        var maxDoc = collectionStats.MaxDoc;
        var idf = 0f;
        foreach (var term in termStats)
        {
            idf += Idf(term.DocFreq, maxDoc);
        }

        var sum = collectionStats.SumTotalTermFreq;
        var averageLength = sum <= 0 ? 1f : (float)((double)sum / maxDoc);
        return new Stats(collectionStats.Field, idf, [.. termStats.Select(t => t.DocFreq)], maxDoc, queryBoost, averageLength,
            _lengthFactors.GetOrAdd(averageLength, LengthFactors));
    }

    public override SimScorer GetSimScorer(SimWeight weight, AtomicReaderContext context)
    {
        var stats = (Stats)weight;
        ArgumentNullException.ThrowIfNull(context);
        return new Scorer(stats, context.AtomicReader.GetNormValues(stats.Field));
    }

    /// <summary>
    /// How a term weight of this similarity scores a document, for a caller that reads the postings and norms itself;
    /// null for another similarity's weight.
    /// </summary>
    public static TermScoring? Scoring(SimWeight weight) => weight is Stats stats ? new TermScoring(stats.Field, stats.Weight * (K1 + 1f), stats.LengthFactors) : null;

    private static float Idf(long docFreq, long numDocs) => (float)Math.Log(1.0 + ((numDocs - docFreq) + 0.5) / (docFreq + 0.5));

    /// <summary>For each norm byte, BM25's length factor k1 (1 - b + b length / average length).</summary>
    private static float[] LengthFactors(float averageLength)
    {
        var factors = new float[256];
        for (var i = 0; i < factors.Length; i++)
        {
            factors[i] = K1 * (1f - B + B * LengthOfNorm[i] / averageLength);
        }

        return factors;
    }

    private static float[] LengthsOfNorms()
    {
        var lengths = new float[256];
        for (var i = 0; i < lengths.Length; i++)
        {
            var f = SmallSingle.SByte315ToSingle((sbyte)i);
            lengths[i] = 1f / (f * f);
        }

        return lengths;
    }

    private sealed class Stats(string fieldName, float idf, long[] docFreqs, long maxDoc, float queryBoost, float averageLength, float[] lengthFactors) : SimWeight
    {
        public string Field => fieldName;

        public float Idf => idf;

        public float QueryBoost => queryBoost;

        public float AverageLength => averageLength;

        public float[] LengthFactors => lengthFactors;

        public float TopLevelBoost { get; private set; }

        public float Weight { get; private set; }

        public override float GetValueForNormalization()
        {
            var weight = idf * queryBoost;
            return weight * weight;
        }

        public override void Normalize(float queryNorm, float topLevelBoost)
        {
            TopLevelBoost = topLevelBoost;
            Weight = idf * queryBoost * topLevelBoost;
        }

        /// <summary>The idf's explanation, as Lucene words it: made only when a score is explained.</summary>
        public Explanation IdfExplanation()
        {
            string Of(long docFreq) => string.Create(CultureInfo.InvariantCulture, $"idf(docFreq={docFreq}, maxDocs={maxDoc})");
            if (docFreqs is [var only])
            {
                return new Explanation(idf, Of(only));
            }

            var sum = new Explanation(idf, "idf(), sum of:");
            foreach (var docFreq in docFreqs)
            {
                sum.AddDetail(new Explanation(ParagraphSimilarity.Idf(docFreq, maxDoc), Of(docFreq)));
            }

            return sum;
        }
    }

    /// <summary>A term's BM25 score from its frequency in a document and the document's norm byte.</summary>
    /// <param name="Field">The field whose norms to read.</param>
    /// <param name="Weight">The term's weight times k1 + 1.</param>
    internal sealed record TermScoring(string Field, float Weight, float[] LengthFactors)
    {
        public float Score(float freq, byte norm) => Weight * freq / (freq + LengthFactors[norm]);

        /// <summary>For a field without norms.</summary>
        public float Score(float freq) => Weight * freq / (freq + K1);
    }

    private sealed class Scorer(Stats stats, NumericDocValues? norms) : SimScorer
    {
        private readonly TermScoring _scoring = Scoring(stats)!;

        public override float Score(int doc, float freq) => norms is null ? _scoring.Score(freq) : _scoring.Score(freq, (byte)norms.Get(doc));

        public override float ComputeSlopFactor(int distance) => 1f / (distance + 1);

        public override float ComputePayloadFactor(int doc, int start, int end, BytesRef payload) => 1f;

        public override Explanation Explain(int doc, Explanation freq)
        {
            ArgumentNullException.ThrowIfNull(freq);
            var result = new Explanation { Description = string.Create(CultureInfo.InvariantCulture, $"score(doc={doc},freq={freq}), product of:") };
            var boost = new Explanation(stats.QueryBoost * stats.TopLevelBoost, "boost");
            if (boost.Value != 1f)
            {
                result.AddDetail(boost);
            }

            var idf = stats.IdfExplanation();
            result.AddDetail(idf);
            var tfNorm = new Explanation { Description = "tfNorm, computed from:" };
            tfNorm.AddDetail(freq);
            tfNorm.AddDetail(new Explanation(K1, "parameter k1"));
            if (norms is null)
            {
                tfNorm.AddDetail(new Explanation(0f, "parameter b (norms omitted for field)"));
                tfNorm.Value = freq.Value * (K1 + 1f) / (freq.Value + K1);
            }
            else
            {
                var length = LengthOfNorm[(byte)norms.Get(doc)];
                tfNorm.AddDetail(new Explanation(B, "parameter b"));
                tfNorm.AddDetail(new Explanation(stats.AverageLength, "avgFieldLength"));
                tfNorm.AddDetail(new Explanation(length, "fieldLength"));
                tfNorm.Value = freq.Value * (K1 + 1f) / (freq.Value + K1 * (1f - B + B * length / stats.AverageLength));
            }

            result.AddDetail(tfNorm);
            result.Value = boost.Value * idf.Value * tfNorm.Value;
            return result;
        }
    }
}
