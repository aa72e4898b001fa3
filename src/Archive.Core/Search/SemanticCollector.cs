using Archive.Core.Embeddings;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Core.Search;

/// <summary>
/// Semantic mode's scan: every paragraph the filters let through is compared with the query vector (exact cosine,
/// no approximation); those at least <c>minimum</c> alike are the matches.
/// </summary>
internal sealed class SemanticCollector(ParagraphVectors vectors, int[] rows, float[] query, double minimum) : ICollector
{
    private int _base;

    public List<(int Doc, double Cosine)> Matches { get; } = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _base = context.DocBase;
    }

    public void Collect(int doc)
    {
        if (vectors.Cosine(rows, _base + doc, query) is double cosine && cosine >= minimum)
        {
            Matches.Add((_base + doc, cosine));
        }
    }
}
