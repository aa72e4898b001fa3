using Archive.Core.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace Archive.Core.Search;

/// <summary>
/// The query's terms looked up in the index, and their postings opened, with one terms enumeration per segment and
/// field for the whole search: Lucene opens a new one for every term it looks up (<see cref="TermContext.Build"/>)
/// and again for every scorer of a term query, and each opening allocates the enumeration's frames. A search looks up
/// some thirty terms, most of them in the same four fields, and scores them several times (the strict query, the
/// relaxed one, why each hit matched), then reads the matched terms' offsets to mark them. The terms of one search are
/// used by one thread at a time. Given its lease's <see cref="PostingsLoans"/>, it reuses the terms enumerations and
/// its scorers the postings enumerations of finished searches.
/// </summary>
internal sealed class TermLookup(IndexReader reader, PostingsLoans? postings = null)
{
    private readonly Dictionary<(int Segment, string Field), TermsEnum?> _enumerations = [];

    /// <summary>The index its terms are looked up in.</summary>
    public IndexReader Reader => reader;

    /// <summary>A term query for <paramref name="term"/> whose scorers open their postings through this lookup.</summary>
    public TermQuery Query(Term term) => new LookedUpTermQuery(term, Find(term), this);

    /// <summary>An exact phrase query, its terms added by the caller, whose scorers open their postings through this lookup.</summary>
    public PhraseQuery Phrase() => new LookedUpPhraseQuery(this);

    /// <summary>Where <paramref name="term"/> is in each segment, as <see cref="TermContext.Build"/> says.</summary>
    internal TermContext Find(Term term)
    {
        var context = new TermContext(reader.Context);
        foreach (var segment in reader.Leaves)
        {
            if (Enumeration(segment, term.Field) is { } terms && terms.SeekExact(term.Bytes))
            {
                context.Register(terms.GetTermState(), segment.Ord, terms.DocFreq, terms.TotalTermFreq);
            }
        }

        return context;
    }

    /// <summary>The positions and offsets of <paramref name="term"/> in a segment, null where the segment lacks it.</summary>
    public DocsAndPositionsEnum? Positions(AtomicReaderContext segment, string field, BytesRef term) =>
        Enumeration(segment, field) is { } terms && terms.SeekExact(term) ? Positions(terms, segment, field, segment.AtomicReader.LiveDocs) : null;

    /// <summary>The documents and frequencies of the term the enumeration stands on, borrowed when the lease lends.</summary>
    private DocsEnum Docs(TermsEnum terms, AtomicReaderContext segment, string field, IBits? acceptDocs) =>
        postings is null ? terms.Docs(acceptDocs, null) : postings.Docs(terms, segment, field, acceptDocs);

    /// <summary>The positions of the term the enumeration stands on, borrowed when the lease lends.</summary>
    internal DocsAndPositionsEnum? Positions(TermsEnum terms, AtomicReaderContext segment, string field, IBits? acceptDocs) =>
        postings is null ? terms.DocsAndPositions(acceptDocs, null, DocsAndPositionsFlags.OFFSETS) : postings.Positions(terms, segment, field, acceptDocs);

    /// <summary>
    /// The field's terms enumeration in a segment, standing on <paramref name="term"/> by the place
    /// <paramref name="states"/> found it at; null when the segment lacks the term.
    /// </summary>
    internal TermsEnum? SeekTo(AtomicReaderContext segment, Term term, TermContext states)
    {
        if (states.Get(segment.Ord) is not { } state || Enumeration(segment, term.Field) is not { } terms)
        {
            return null;
        }

        terms.SeekExact(term.Bytes, state);
        return terms;
    }

    private TermsEnum? Enumeration(AtomicReaderContext segment, string field)
    {
        if (!_enumerations.TryGetValue((segment.Ord, field), out var terms))
        {
            _enumerations[(segment.Ord, field)] = terms = postings is null ? segment.AtomicReader.GetTerms(field)?.GetEnumerator() : postings.Terms(segment, field);
        }

        return terms;
    }

    /// <summary>
    /// A term query that scores as Lucene's does (the same similarity weight and scorer per document), its postings
    /// opened from the lookup's enumeration. On another reader than the lookup's it is Lucene's own.
    /// </summary>
    private sealed class LookedUpTermQuery : TermQuery
    {
        private readonly TermContext _states;
        private readonly TermLookup _lookup;

        public LookedUpTermQuery(Term term, TermContext states, TermLookup lookup)
            : base(term, states)
        {
            _states = states;
            _lookup = lookup;
        }

        public override Weight CreateWeight(IndexSearcher searcher) =>
            searcher.TopReaderContext == _states.TopReaderContext ? new LookedUpTermWeight(this, searcher, _states, _lookup) : base.CreateWeight(searcher);
    }

    private sealed class LookedUpTermWeight : Weight
    {
        private readonly TermQuery _query;
        private readonly TermContext _states;
        private readonly TermLookup _lookup;
        private readonly Similarity _similarity;
        private readonly Similarity.SimWeight _stats;

        public LookedUpTermWeight(TermQuery query, IndexSearcher searcher, TermContext states, TermLookup lookup)
        {
            _query = query;
            _states = states;
            _lookup = lookup;
            _similarity = searcher.Similarity;
            _stats = _similarity.ComputeWeight(query.Boost, searcher.CollectionStatistics(query.Term.Field), searcher.TermStatistics(query.Term, states));
        }

        public override Query Query => _query;

        public override float GetValueForNormalization() => _stats.GetValueForNormalization();

        public override void Normalize(float norm, float topLevelBoost) => _stats.Normalize(norm, topLevelBoost);

        public override Scorer? GetScorer(AtomicReaderContext context, IBits? acceptDocs)
        {
            return _lookup.SeekTo(context, _query.Term, _states) is { } terms
                ? new LookedUpTermScorer(this, _lookup.Docs(terms, context, _query.Term.Field, acceptDocs), _stats, _similarity.GetSimScorer(_stats, context))
                : null;
        }

        public override Explanation Explain(AtomicReaderContext context, int doc) => Explained(this, _similarity, _stats, context, doc, "termFreq");
    }

    /// <summary>A looked-up weight's explanation of a document's score, in the shape of Lucene's term and phrase weights'.</summary>
    internal static Explanation Explained(Weight weight, Similarity similarity, Similarity.SimWeight stats, AtomicReaderContext context, int doc, string frequencyName)
    {
        if (weight.GetScorer(context, context.AtomicReader.LiveDocs) is { } scorer && scorer.Advance(doc) == doc)
        {
            var frequency = new Explanation(scorer.Freq, $"{frequencyName}={(float)scorer.Freq}");
            var score = similarity.GetSimScorer(stats, context).Explain(doc, frequency);
            var match = new ComplexExplanation(true, score.Value, $"weight({weight.Query} in {doc}) [{similarity.GetType().Name}], result of:");
            match.AddDetail(score);
            return match;
        }

        return new ComplexExplanation(false, 0f, "no matching term");
    }

    /// <summary>The postings of one term, each document scored by the similarity from its term frequency.</summary>
    internal sealed class LookedUpTermScorer(Weight weight, DocsEnum postings, Similarity.SimWeight stats, Similarity.SimScorer similarity) : Scorer(weight)
    {
        /// <summary>The term's documents and frequencies, for a caller that scores them itself.</summary>
        public DocsEnum Postings => postings;

        /// <summary>The term's weight in the similarity.</summary>
        public Similarity.SimWeight Stats => stats;

        public override int DocID => postings.DocID;

        public override int Freq => postings.Freq;

        public override int NextDoc() => postings.NextDoc();

        public override int Advance(int target) => postings.Advance(target);

        public override float GetScore() => similarity.Score(postings.DocID, postings.Freq);

        public override long GetCost() => postings.GetCost();
    }
}
