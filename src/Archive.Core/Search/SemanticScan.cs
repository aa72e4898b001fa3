using System.Buffers;
using Archive.Core.Embeddings;
using Archive.Core.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Archive.Core.Search;

/// <summary>
/// Semantic search's exhaustive pass (exact cosine, no approximation): the query is compared once with every stored
/// vector, then every paragraph the filters let through takes its vector's similarity. Those at least
/// <c>minimum</c> alike are the matches; the closest <c>limit</c> are kept in order, the rest only counted.
/// </summary>
internal static class SemanticScan
{
    public static SemanticMatches Run(IndexReader reader, Filter? filter, ParagraphVectors vectors, float[] query, double minimum, int limit)
    {
        var rows = vectors.DocumentRows(reader, IndexFields.Id);

        // Pooled: a fresh array per query would be a large-object allocation, and large-object garbage costs full GCs.
        var cosines = ArrayPool<float>.Shared.Rent(vectors.Rows);
        try
        {
            return Run(reader, filter, rows, cosines, vectors, query, minimum, limit);
        }
        finally
        {
            ArrayPool<float>.Shared.Return(cosines);
        }
    }

    private static SemanticMatches Run(IndexReader reader, Filter? filter, int[] rows, float[] cosines, ParagraphVectors vectors, float[] query, double minimum, int limit)
    {
        vectors.RowCosines(query, cosines);
        var all = new FixedBitSet(reader.MaxDoc);
        var closest = new BestDocuments(limit);
        var floor = (float)minimum;
        void Consider(int doc)
        {
            if (rows[doc] is var row and >= 0 && cosines[row] is var cosine && cosine >= floor)
            {
                all.Set(doc);
                closest.Offer(doc, cosine);
            }
        }

        foreach (var leaf in reader.Leaves)
        {
            if (filter is null)
            {
                // Deleted documents have no row.
                for (var doc = 0; doc < leaf.Reader.MaxDoc; doc++)
                {
                    Consider(leaf.DocBase + doc);
                }

                continue;
            }

            var accepted = filter.GetDocIdSet(leaf, leaf.AtomicReader.LiveDocs)?.GetIterator();
            for (var doc = accepted?.NextDoc() ?? DocIdSetIterator.NO_MORE_DOCS; doc != DocIdSetIterator.NO_MORE_DOCS; doc = accepted!.NextDoc())
            {
                Consider(leaf.DocBase + doc);
            }
        }

        return new SemanticMatches(all, [.. closest.TakeBestFirst().Select((m, i) => (m.Doc, (double)m.Score, i + 1))]);
    }
}
