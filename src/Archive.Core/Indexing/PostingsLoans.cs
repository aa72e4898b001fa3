using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Archive.Core.Indexing;

/// <summary>
/// The postings enumerations one lease's searches opened, each reusing one a finished search gave back when there is
/// one; all returned to the generation's <see cref="PostingsRecycler"/> when the lease is disposed, never before, so
/// no enumeration serves two scorers at once.
/// </summary>
internal sealed class PostingsLoans(PostingsRecycler recycler)
{
    private readonly List<(int Segment, string Field, DocsEnum Docs)> _lent = [];
    private readonly List<(int Segment, string Field, TermsEnum Terms)> _lentTerms = [];

    /// <summary>A terms enumeration of a segment's field, null when no document has the field.</summary>
    public TermsEnum? Terms(AtomicReaderContext segment, string field)
    {
        var terms = recycler.TakeTerms(segment.Ord, field) ?? segment.AtomicReader.GetTerms(field)?.GetEnumerator();
        if (terms is not null)
        {
            lock (_lent)
            {
                _lentTerms.Add((segment.Ord, field, terms));
            }
        }

        return terms;
    }

    /// <summary>The documents and frequencies of the term <paramref name="terms"/> stands on, in a segment's field.</summary>
    public DocsEnum Docs(TermsEnum terms, AtomicReaderContext segment, string field, IBits? acceptDocs)
    {
        // Lucene reuses the enumeration when it was opened on the same postings file, and makes a new one otherwise.
        var docs = terms.Docs(acceptDocs, recycler.Take(segment.Ord, field, positions: false));
        Lent(segment, field, docs);
        return docs;
    }

    /// <summary>The documents, positions and offsets of the term <paramref name="terms"/> stands on; null when the field keeps no positions.</summary>
    public DocsAndPositionsEnum? Positions(TermsEnum terms, AtomicReaderContext segment, string field, IBits? acceptDocs)
    {
        var positions = terms.DocsAndPositions(acceptDocs, recycler.Take(segment.Ord, field, positions: true) as DocsAndPositionsEnum, DocsAndPositionsFlags.OFFSETS);
        if (positions is not null)
        {
            Lent(segment, field, positions);
        }

        return positions;
    }

    private void Lent(AtomicReaderContext segment, string field, DocsEnum docs)
    {
        lock (_lent)
        {
            _lent.Add((segment.Ord, field, docs));
        }
    }

    public void ReturnAll()
    {
        lock (_lent)
        {
            recycler.Return(_lent, _lentTerms);
            _lent.Clear();
            _lentTerms.Clear();
        }
    }
}
