using System.Runtime.CompilerServices;
using Archive.Core.Documents;
using Archive.Core.Embeddings;
using Archive.Core.Indexing;

namespace Archive.Core.Commitments;

/// <summary>
/// The commitment catalog of each library, built once on first use: a rebuilt index brings a new library, and its
/// catalog is built when it is first asked for; an old library's catalog goes with it. With the library's paragraph
/// vectors, lineages are linked with the embedding signal too; until the vectors are ready, lexically.
/// </summary>
public sealed class CommitmentCatalogCache(CommitmentExtractor extractor, LineageLinker linker, ParagraphVectorStore vectors)
{
    private readonly ConditionalWeakTable<DocumentLibrary, Lazy<CommitmentCatalog>> _lexical = [];
    private readonly ConditionalWeakTable<ParagraphVectors, Lazy<CommitmentCatalog>> _semantic = [];

    /// <summary>The catalog of a served generation, with its vectors when they are loaded.</summary>
    public CommitmentCatalog For(ServedGeneration generation)
    {
        ArgumentNullException.ThrowIfNull(generation);
        return For(generation.Library, vectors.For(generation.Name));
    }

    /// <param name="library">The documents.</param>
    /// <param name="paragraphVectors">The paragraph vectors of the library's generation, when embeddings are on and ready.</param>
    public CommitmentCatalog For(DocumentLibrary library, ParagraphVectors? paragraphVectors = null) => paragraphVectors is null
        ? _lexical.GetValue(library, l => new Lazy<CommitmentCatalog>(() => CommitmentCatalog.Build(l, extractor, linker))).Value
        : _semantic.GetValue(paragraphVectors, v => new Lazy<CommitmentCatalog>(() => CommitmentCatalog.Build(library, extractor, linker, new EmbeddingSimilarity(v)))).Value;
}
