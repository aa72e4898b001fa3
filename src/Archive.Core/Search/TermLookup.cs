using Lucene.Net.Index;

namespace Archive.Core.Search;

/// <summary>
/// The query's terms looked up in the index, with one terms enumeration per segment and field for the whole query:
/// Lucene's <see cref="TermContext.Build"/> opens a new one for every term, and each opening allocates the
/// enumeration's frames again; a query looks up some thirty terms, most of them in the same four fields.
/// </summary>
internal sealed class TermLookup(IndexReader reader)
{
    private readonly Dictionary<(int Segment, string Field), TermsEnum?> _enumerations = [];

    /// <summary>Where <paramref name="term"/> is in each segment, as <see cref="TermContext.Build"/> says.</summary>
    public TermContext Find(Term term)
    {
        var context = new TermContext(reader.Context);
        foreach (var segment in reader.Leaves)
        {
            if (!_enumerations.TryGetValue((segment.Ord, term.Field), out var terms))
            {
                _enumerations[(segment.Ord, term.Field)] = terms = segment.AtomicReader.GetTerms(term.Field)?.GetEnumerator();
            }

            if (terms is not null && terms.SeekExact(term.Bytes))
            {
                context.Register(terms.GetTermState(), segment.Ord, terms.DocFreq, terms.TotalTermFreq);
            }
        }

        return context;
    }
}
