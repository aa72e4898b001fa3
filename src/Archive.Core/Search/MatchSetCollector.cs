using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Archive.Core.Search;

/// <summary>Marks every matching document (by its index-wide number) in a bit set.</summary>
internal sealed class MatchSetCollector(FixedBitSet matches) : ICollector
{
    private int _base;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _base = context.DocBase;
    }

    public void Collect(int doc) => matches.Set(_base + doc);
}
