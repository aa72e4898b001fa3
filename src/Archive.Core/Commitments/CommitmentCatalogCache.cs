using System.Diagnostics;
using System.Runtime.CompilerServices;
using Archive.Core.Documents;
using Archive.Core.Embeddings;
using Archive.Core.Indexing;
using Microsoft.Extensions.Logging;

namespace Archive.Core.Commitments;

/// <summary>
/// The commitment catalog of each library, built once on first use: a rebuilt index brings a new library, and its
/// catalog is built when it is first asked for; an old library's catalog goes with it. With the library's paragraph
/// vectors, lineages are linked with the embedding signal too; until the vectors are ready, lexically.
/// </summary>
public sealed partial class CommitmentCatalogCache(CommitmentExtractor extractor, LineageLinker linker, ParagraphVectorStore vectors, ILogger<CommitmentCatalogCache> logger)
{
    private readonly ConditionalWeakTable<DocumentLibrary, Lazy<CommitmentCatalog>> _lexical = [];
    private readonly ConditionalWeakTable<ParagraphVectors, Lazy<CommitmentCatalog>> _semantic = [];

    // The clauses the last catalog read, by what they were read from.
    private volatile IReadOnlyDictionary<ClauseSource, IReadOnlyList<Commitment>> _clauses = new Dictionary<ClauseSource, IReadOnlyList<Commitment>>();

    /// <summary>The catalog of a served generation, with its vectors when they are loaded.</summary>
    public CommitmentCatalog For(ServedGeneration generation)
    {
        ArgumentNullException.ThrowIfNull(generation);
        return For(generation.Library, vectors.For(generation.Name));
    }

    /// <param name="library">The documents.</param>
    /// <param name="paragraphVectors">The paragraph vectors of the library's generation, when embeddings are on and ready.</param>
    public CommitmentCatalog For(DocumentLibrary library, ParagraphVectors? paragraphVectors = null) => paragraphVectors is null
        ? _lexical.GetValue(library, l => new Lazy<CommitmentCatalog>(() => Build(l, null))).Value
        : _semantic.GetValue(paragraphVectors, v => new Lazy<CommitmentCatalog>(() => Build(library, new EmbeddingSimilarity(v)))).Value;

    /// <summary>
    /// Builds a catalog, reading clauses only from paragraphs the last catalog built did not have as they are now (a
    /// new generation differs from the last by the documents written since), then keeps this catalog's readings.
    /// </summary>
    private CommitmentCatalog Build(DocumentLibrary library, EmbeddingSimilarity? similarity)
    {
        var clock = Stopwatch.StartNew();
        var known = _clauses;
        var read = new Dictionary<ClauseSource, IReadOnlyList<Commitment>>();
        var extracted = 0;
        var catalog = CommitmentCatalog.Build(library, extractor, linker, similarity, (document, paragraph) =>
        {
            var source = ClauseSource.Of(document, paragraph);
            if (!known.TryGetValue(source, out var clauses))
            {
                clauses = extractor.Extract(document, paragraph);
                extracted++;
            }

            read[source] = clauses;
            return clauses;
        });
        _clauses = read;
        LogBuilt(logger, catalog.Commitments.Count, library.Documents.Count, extracted, similarity is null ? "lexical" : "lexical and embedding", clock.ElapsedMilliseconds);
        return catalog;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Linked {Commitments} commitments of {Documents} documents ({Extracted} paragraphs read again, {Signals} signals) in {Milliseconds} ms")]
    private static partial void LogBuilt(ILogger logger, int commitments, int documents, int extracted, string signals, long milliseconds);
}
