using Archive.Core.Documents;
using Archive.Core.Translation;
using Lucene.Net.Search;

namespace Archive.Core.Indexing;

/// <summary>A reference to one open index generation, valid until disposed.</summary>
public sealed class IndexLease : IDisposable
{
    private LiveIndex.OpenGeneration? _generation;
    private PostingsLoans? _postings;

    internal IndexLease(LiveIndex.OpenGeneration generation) => _generation = generation;

    public IndexSearcher Searcher => Generation.Searcher;

    /// <summary>The generation this lease holds, with everything of it a request reads.</summary>
    public ServedGeneration Served => Generation.Served;

    public DocumentLibrary Library => Served.Library;

    /// <summary>The translations learned from this generation's aligned paragraphs (empty when it was built without).</summary>
    public TranslationLexicon Lexicon => Served.Lexicon;

    /// <summary>The id of the paragraph a Lucene document of this generation holds.</summary>
    public string ParagraphId(int doc) => Searcher.Doc(doc).Get(IndexFields.Id, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The generation's name (its folder in the store).</summary>
    public string GenerationName => Served.Name;

    /// <summary>The postings enumerations this lease's searches borrow from the generation, given back on disposal.</summary>
    internal PostingsLoans Postings => _postings ??= new PostingsLoans(Generation.Postings);

    private LiveIndex.OpenGeneration Generation => _generation ?? throw new ObjectDisposedException(nameof(IndexLease));

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _generation, null) is { } generation)
        {
            _postings?.ReturnAll();
            generation.Release();
        }
    }
}
