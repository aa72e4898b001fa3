using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace Archive.Core.Search;

/// <summary>
/// An exact phrase query scored as Lucene's (the same similarity weight, and a document's score from the number of
/// places the phrase stands), its terms looked up and their positions opened through the search's
/// <see cref="TermLookup"/>. Lucene's exact phrase scorer allocates two tables of 4,096 integers for every segment it
/// scores, 32 KB, and a search scores each phrase up to three times in four fields; this one keeps a few positions per
/// term. On another reader than the lookup's it is Lucene's own.
/// </summary>
internal sealed class LookedUpPhraseQuery(TermLookup lookup) : PhraseQuery
{
    private TermContext[]? _states;

    public override Weight CreateWeight(IndexSearcher searcher)
    {
        if (searcher.TopReaderContext != lookup.Reader.Context)
        {
            return base.CreateWeight(searcher);
        }

        // The terms are all added by the time the query first runs; their places in the index do not change after.
        _states ??= [.. GetTerms().Select(lookup.Find)];
        return new LookedUpPhraseWeight(this, searcher, _states, lookup);
    }

    private sealed class LookedUpPhraseWeight : Weight
    {
        private readonly LookedUpPhraseQuery _query;
        private readonly Term[] _terms;
        private readonly int[] _offsets;
        private readonly TermContext[] _states;
        private readonly TermLookup _lookup;
        private readonly Similarity _similarity;
        private readonly Similarity.SimWeight _stats;

        public LookedUpPhraseWeight(LookedUpPhraseQuery query, IndexSearcher searcher, TermContext[] states, TermLookup lookup)
        {
            _query = query;
            _terms = query.GetTerms();
            var positions = query.GetPositions();
            var first = positions.Min();
            _offsets = [.. positions.Select(p => p - first)];
            _states = states;
            _lookup = lookup;
            _similarity = searcher.Similarity;
            var statistics = _terms.Select((term, i) => searcher.TermStatistics(term, states[i])).ToArray();
            _stats = _similarity.ComputeWeight(query.Boost, searcher.CollectionStatistics(_terms[0].Field), statistics);
        }

        public override Query Query => _query;

        public override float GetValueForNormalization() => _stats.GetValueForNormalization();

        public override void Normalize(float norm, float topLevelBoost) => _stats.Normalize(norm, topLevelBoost);

        public override Scorer? GetScorer(AtomicReaderContext context, IBits? acceptDocs)
        {
            var terms = new (DocsAndPositionsEnum Postings, int Offset, int DocFreq)[_terms.Length];
            for (var i = 0; i < _terms.Length; i++)
            {
                if (_lookup.SeekTo(context, _terms[i], _states[i]) is not { } enumeration)
                {
                    return null;
                }

                var postings = _lookup.Positions(enumeration, context, _terms[i].Field, acceptDocs)
                    ?? throw new InvalidOperationException($"field {_terms[i].Field} keeps no positions: a phrase cannot be searched in it");
                terms[i] = (postings, _offsets[i], enumeration.DocFreq);
            }

            // The rarest term leads the conjunction, as in Lucene's.
            Array.Sort(terms, (a, b) => a.DocFreq.CompareTo(b.DocFreq));
            return new LookedUpPhraseScorer(this, [.. terms.Select(t => (t.Postings, t.Offset))], _similarity.GetSimScorer(_stats, context));
        }

        public override Explanation Explain(AtomicReaderContext context, int doc) => TermLookup.Explained(this, _similarity, _stats, context, doc, "phraseFreq");
    }

    /// <summary>The documents with every term, those where the terms stand in the phrase's order scored by how often.</summary>
    private sealed class LookedUpPhraseScorer(Weight weight, (DocsAndPositionsEnum Postings, int Offset)[] terms, Similarity.SimScorer similarity) : Scorer(weight)
    {
        private readonly List<int>[] _starts = [.. terms.Select(_ => new List<int>())];
        private readonly int[] _at = new int[terms.Length];
        private int _doc = -1;
        private int _freq;

        public override int DocID => _doc;

        public override int Freq => _freq;

        public override int NextDoc() => Next(terms[0].Postings.NextDoc());

        public override int Advance(int target) => Next(terms[0].Postings.Advance(target));

        public override float GetScore() => similarity.Score(_doc, _freq);

        public override long GetCost() => terms[0].Postings.GetCost();

        private int Next(int doc)
        {
            while (doc != NO_MORE_DOCS)
            {
                var beyond = -1;
                for (var i = 1; i < terms.Length && beyond < 0; i++)
                {
                    var other = terms[i].Postings;
                    var at = other.DocID < doc ? other.Advance(doc) : other.DocID;
                    beyond = at > doc ? at : -1;
                }

                if (beyond >= 0)
                {
                    doc = terms[0].Postings.Advance(beyond);
                    continue;
                }

                if ((_freq = Occurrences()) > 0)
                {
                    return _doc = doc;
                }

                doc = terms[0].Postings.NextDoc();
            }

            _freq = 0;
            return _doc = NO_MORE_DOCS;
        }

        /// <summary>How many places in the current document the phrase starts at, every term at its offset from there.</summary>
        private int Occurrences()
        {
            for (var i = 0; i < terms.Length; i++)
            {
                var (postings, offset) = terms[i];
                var starts = _starts[i];
                starts.Clear();
                for (var n = postings.Freq; n > 0; n--)
                {
                    starts.Add(postings.NextPosition() - offset);
                }
            }

            // Positions come in order, so each term's starts are sorted: the phrase's are those every list has.
            var count = 0;
            var at = _at;
            Array.Clear(at);
            foreach (var start in _starts[0])
            {
                var everywhere = true;
                for (var i = 1; i < terms.Length && everywhere; i++)
                {
                    var starts = _starts[i];
                    while (at[i] < starts.Count && starts[at[i]] < start)
                    {
                        at[i]++;
                    }

                    everywhere = at[i] < starts.Count && starts[at[i]] == start;
                }

                count += everywhere ? 1 : 0;
            }

            return count;
        }
    }
}
