using Lucene.Net.Search.Similarities;

namespace Archive.Core.Indexing;

/// <summary>
/// BM25, with a coordination factor for the queries that ask for it (a relaxed search, whose top clause is one per
/// query word): a paragraph's score is scaled by the square of the share of those clauses it matches, so one with
/// three of four words ranks above one with a single rare word, and BM25 orders paragraphs with as many.
/// </summary>
internal sealed class ParagraphSimilarity : BM25Similarity
{
    public override float Coord(int overlap, int maxOverlap)
    {
        var share = maxOverlap == 0 ? 1f : (float)overlap / maxOverlap;
        return share * share;
    }
}
