using System.Buffers;
using Archive.Core.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Core.Search;

/// <summary>
/// One clause of a query scored term at a time in a segment (<see cref="AccumulatedSearch"/>): each adds its score to
/// an accumulator at every document it matches and marks them, a Boolean query with Lucene's rules (required,
/// optional, prohibited clauses, coordination), anything else through its own Lucene scorer.
/// </summary>
internal abstract class AccumulatedClause
{
    /// <summary>
    /// The clause tree of a query, each leaf's weight normalised as Lucene's searcher normalises it: the query norm from
    /// the whole tree's value, and every enclosing Boolean query's boost.
    /// </summary>
    /// <param name="exclusions">Where the search keeps what its prohibited clauses match, each read once per segment.</param>
    public static AccumulatedClause Of(Query query, IndexSearcher searcher, Exclusions exclusions)
    {
        var root = Build(query, searcher, exclusions);
        var norm = searcher.Similarity.QueryNorm(root.ValueForNormalization());
        root.Normalize(float.IsInfinity(norm) || float.IsNaN(norm) ? 1f : norm, 1f);
        return root;
    }

    private static AccumulatedClause Build(Query query, IndexSearcher searcher, Exclusions exclusions)
    {
        var clauses = (query as BooleanQuery)?.Clauses;
        var nonProhibited = clauses?.Count(c => !c.IsProhibited) ?? 0;
        // Lucene's rules for at least one optional clause beside required ones, or for more than one, are not kept
        // here, nor are overlaps past a byte: such a query is read through Lucene's own scorer.
        if (query is BooleanQuery boolean && nonProhibited < byte.MaxValue
            && (boolean.MinimumNumberShouldMatch == 0 || (boolean.MinimumNumberShouldMatch == 1 && !clauses!.Any(c => c.IsRequired))))
        {
            return new BooleanClauses(
                boolean.Boost,
                [.. clauses!.Where(c => c.IsRequired).Select(c => Build(c.Query, searcher, exclusions))],
                [.. clauses!.Where(c => c.Occur == Occur.SHOULD).Select(c => Build(c.Query, searcher, exclusions))],
                [.. clauses!.Where(c => c.IsProhibited).Select(c => c.Query)],
                exclusions,
                boolean.CoordDisabled || nonProhibited == 1 ? null
                    : [.. Enumerable.Range(0, nonProhibited + 1).Select(overlap => searcher.Similarity.Coord(overlap, nonProhibited))]);
        }

        return new ScorerClause(searcher.Rewrite(query).CreateWeight(searcher));
    }

    /// <summary>As <see cref="Weight.GetValueForNormalization"/>.</summary>
    protected abstract float ValueForNormalization();

    /// <summary>As <see cref="Weight.Normalize"/>.</summary>
    protected abstract void Normalize(float norm, float topLevelBoost);

    /// <summary>What matching the clause in the segment costs, about: the postings it reads.</summary>
    public abstract long Cost(AtomicReaderContext segment);

    /// <summary>
    /// Adds the clause's score to <paramref name="scores"/> (when given) at each document it matches and adds the
    /// document to <paramref name="matched"/>. Given <paramref name="within"/>, only its documents need be looked at;
    /// others may be marked, and the caller ignores them.
    /// </summary>
    public abstract void Accumulate(AtomicReaderContext segment, float[]? scores, DocSet matched, DocSet? within);

    /// <summary>A leaf: any query Lucene scores, read through its scorer.</summary>
    private sealed class ScorerClause(Weight weight) : AccumulatedClause
    {
        private AtomicReaderContext? _segment;
        private Scorer? _scorer;

        protected override float ValueForNormalization() => weight.GetValueForNormalization();

        protected override void Normalize(float norm, float topLevelBoost) => weight.Normalize(norm, topLevelBoost);

        public override long Cost(AtomicReaderContext segment) => Scorer(segment)?.GetCost() ?? 0;

        public override void Accumulate(AtomicReaderContext segment, float[]? scores, DocSet matched, DocSet? within) =>
            Accumulate(segment, scores, matched, within, except: null);

        /// <summary>As <see cref="AccumulatedClause.Accumulate"/>, leaving out the documents of <paramref name="except"/>.</summary>
        public void Accumulate(AtomicReaderContext segment, float[]? scores, DocSet matched, DocSet? within, DocSet? except)
        {
            if (Scorer(segment) is not { } scorer)
            {
                return;
            }

            // A scorer reads its postings once: taken now, it is not used again in this segment.
            _scorer = null;
            if (scorer is TermLookup.LookedUpTermScorer term && ParagraphSimilarity.Scoring(term.Stats) is { } scoring)
            {
                // A term's postings and norms read here, its BM25 computed inline: no calls through the scorer and
                // the similarity for each posting, the same score.
                var postings = new TermPostings(term.Postings, SegmentNorms.Of(segment.AtomicReader, scoring.Field), scoring);
                Read(ref postings, scores, matched, within, except);
            }
            else
            {
                var postings = new ScorerPostings(scorer);
                Read(ref postings, scores, matched, within, except);
            }
        }

        private static void Read<T>(ref T postings, float[]? scores, DocSet matched, DocSet? within, DocSet? except)
            where T : struct, IScoredPostings
        {
            if (within is not null && within.Count() * postings.LeapFactor < postings.Cost)
            {
                // Few candidates: leap to each through the skip lists instead of reading every posting.
                var doc = within.NextFrom(0);
                while (doc >= 0 && (doc = postings.Advance(doc)) != DocIdSetIterator.NO_MORE_DOCS)
                {
                    if (within.Contains(doc))
                    {
                        Add(ref postings, doc, scores, matched, except);
                        doc++;
                    }

                    doc = within.NextFrom(doc);
                }

                return;
            }

            for (var doc = postings.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.NextDoc())
            {
                Add(ref postings, doc, scores, matched, except);
            }
        }

        private static void Add<T>(ref T postings, int doc, float[]? scores, DocSet matched, DocSet? except)
            where T : struct, IScoredPostings
        {
            if (except is not null && except.Contains(doc))
            {
                return;
            }

            if (scores is not null)
            {
                scores[doc] += postings.Score(doc);
            }

            matched.Add(doc);
        }

        private Scorer? Scorer(AtomicReaderContext segment)
        {
            if (_segment != segment)
            {
                _segment = segment;
                _scorer = weight.GetScorer(segment, segment.AtomicReader.LiveDocs);
            }

            return _scorer;
        }
    }

    /// <summary>
    /// A Boolean query as Lucene scores it: every required clause must match, and when there is none, at least one
    /// optional clause; no prohibited clause may; the score is the sum of the matching clauses' scores times the
    /// coordination factor of how many matched.
    /// </summary>
    private sealed class BooleanClauses(
        float boost,
        AccumulatedClause[] required,
        AccumulatedClause[] optional,
        Query[] prohibited,
        Exclusions exclusions,
        float[]? coord)
        : AccumulatedClause
    {
        protected override float ValueForNormalization() =>
            required.Concat(optional).Sum(c => c.ValueForNormalization()) * boost * boost;

        protected override void Normalize(float norm, float topLevelBoost)
        {
            foreach (var clause in required.Concat(optional))
            {
                clause.Normalize(norm, topLevelBoost * boost);
            }
        }

        public override long Cost(AtomicReaderContext segment) => required.Length > 0
            ? required.Min(c => c.Cost(segment))
            : optional.Sum(c => c.Cost(segment));

        public override void Accumulate(AtomicReaderContext segment, float[]? scores, DocSet matched, DocSet? within)
        {
            // A plain disjunction's sum is its clauses' sum: they add straight into the caller's accumulator.
            if (required.Length == 0 && prohibited.Length == 0 && coord is null)
            {
                foreach (var clause in optional)
                {
                    clause.Accumulate(segment, scores, matched, within);
                }

                return;
            }

            if (required is [ScorerClause leaf] && optional.Length == 0 && coord is null)
            {
                // One clause with exclusions (a learned translation, only where there is no counterpart): its score
                // is the clause's, so it adds straight into the caller's accumulator, past the excluded documents.
                leaf.Accumulate(segment, scores, matched, within, prohibited.Length == 0 ? null : exclusions.Of(segment, prohibited));
                return;
            }

            var maxDoc = segment.Reader.MaxDoc;
            var own = scores is null ? null : ArrayPool<float>.Shared.Rent(maxDoc);
            var overlap = coord is null ? null : ArrayPool<byte>.Shared.Rent(maxDoc);
            try
            {
                if (own is not null)
                {
                    Array.Clear(own, 0, maxDoc);
                }

                if (overlap is not null)
                {
                    Array.Clear(overlap, 0, maxDoc);
                }

                using var mine = Match(segment, own, overlap, within);
                if (mine is null)
                {
                    return;
                }

                for (var doc = mine.NextFrom(0); doc >= 0; doc = mine.NextFrom(doc + 1))
                {
                    if (scores is not null)
                    {
                        var score = own![doc];
                        scores[doc] += overlap is null ? score : (float)((double)score * coord![required.Length + overlap[doc]]);
                    }

                    matched.Add(doc);
                }
            }
            finally
            {
                if (own is not null)
                {
                    ArrayPool<float>.Shared.Return(own);
                }

                if (overlap is not null)
                {
                    ArrayPool<byte>.Shared.Return(overlap);
                }
            }
        }

        /// <summary>The documents the query matches in the segment, their clause scores summed in <paramref name="own"/>; null for none.</summary>
        private DocSet? Match(AtomicReaderContext segment, float[]? own, byte[]? overlap, DocSet? within)
        {
            var maxDoc = segment.Reader.MaxDoc;
            DocSet? all = null;
            if (required.Length > 0)
            {
                // Cheapest first: each next clause need only look at the documents all before it matched.
                foreach (var clause in required.OrderBy(c => c.Cost(segment)))
                {
                    var clauseMatched = new DocSet(maxDoc);
                    clause.Accumulate(segment, own, clauseMatched, all ?? within);
                    if (all is null)
                    {
                        all = clauseMatched;
                        if (within is not null)
                        {
                            all.IntersectWith(within);
                        }
                    }
                    else
                    {
                        all.IntersectWith(clauseMatched);
                        clauseMatched.Dispose();
                    }

                    if (all.NextFrom(0) < 0)
                    {
                        all.Dispose();
                        return null;
                    }
                }

                foreach (var clause in optional)
                {
                    using var clauseMatched = new DocSet(maxDoc);
                    clause.Accumulate(segment, own, clauseMatched, all);
                    Count(overlap, clauseMatched, all);
                }
            }
            else
            {
                all = new DocSet(maxDoc);
                foreach (var clause in optional)
                {
                    using var clauseMatched = new DocSet(maxDoc);
                    clause.Accumulate(segment, own, clauseMatched, within);
                    all.UnionWith(clauseMatched);
                    Count(overlap, clauseMatched, within);
                }

                if (within is not null)
                {
                    all.IntersectWith(within);
                }
            }

            if (prohibited.Length > 0)
            {
                all!.ExceptWith(exclusions.Of(segment, prohibited));
            }

            return all;
        }

        /// <summary>One more matching clause for each document of <paramref name="clauseMatched"/> (within <paramref name="within"/>, when given).</summary>
        private static void Count(byte[]? overlap, DocSet clauseMatched, DocSet? within)
        {
            if (overlap is null)
            {
                return;
            }

            for (var doc = clauseMatched.NextFrom(0); doc >= 0; doc = clauseMatched.NextFrom(doc + 1))
            {
                if (within is null || within.Contains(doc))
                {
                    overlap[doc]++;
                }
            }
        }
    }

    /// <summary>A leaf's matching documents in order, each with its score; a struct, so that each kind's loop is compiled for it.</summary>
    private interface IScoredPostings
    {
        long Cost { get; }

        /// <summary>How many candidates reached through the skip lists cost as much as one posting read in order.</summary>
        long LeapFactor { get; }

        int NextDoc();

        int Advance(int target);

        float Score(int doc);
    }

    private readonly struct ScorerPostings(Scorer scorer) : IScoredPostings
    {
        public long Cost => scorer.GetCost();

        // A phrase reads the positions of every document all its words share: reached only at the candidates, fewer
        // are read. One in eight made the slowest query of the benchmark (strict, with phrases) 20% slower.
        public long LeapFactor => 1;

        public int NextDoc() => scorer.NextDoc();

        public int Advance(int target) => scorer.Advance(target);

        public float Score(int doc) => scorer.GetScore();
    }

    private readonly struct TermPostings(DocsEnum postings, byte[]? norms, ParagraphSimilarity.TermScoring scoring) : IScoredPostings
    {
        public long Cost => postings.GetCost();

        public long LeapFactor => 8;

        public int NextDoc() => postings.NextDoc();

        public int Advance(int target) => postings.Advance(target);

        public float Score(int doc) => norms is null ? scoring.Score(postings.Freq) : scoring.Score(postings.Freq, norms[doc]);
    }
}
