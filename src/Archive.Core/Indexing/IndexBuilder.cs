using System.Text.Json;
using Archive.Core.Analysis;
using Archive.Core.Documents;
using Archive.Core.Embeddings;
using Archive.Core.Ingestion;
using Archive.Core.Translation;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Archive.Core.Indexing;

/// <summary>
/// Builds a new index generation from a corpus: ingests it, writes one Lucene document per paragraph with a single
/// writer into a fresh folder, learns the translation lexicon from its aligned paragraphs (unless
/// <see cref="IndexOptions.LearnLexicon"/> is off), saves the library snapshot and the manifest, and only then
/// switches the store's pointer to it. A server reading the previous generation is never disturbed.
/// </summary>
public sealed partial class IndexBuilder(
    CorpusIngestor ingestor,
    ArchiveAnalyzers analyzers,
    LexiconLearner lexiconLearner,
    ParagraphVectorStore vectors,
    IOptions<IndexOptions> options,
    TimeProvider clock,
    ILogger<IndexBuilder> logger)
{
    /// <param name="progress">Told of each corpus file ingested.</param>
    /// <param name="embeddingProgress">Told how many paragraphs have been embedded, when embeddings are on.</param>
    public async Task<IndexBuildResult> BuildAsync(
        string corpusDirectory,
        IndexStore store,
        IProgress<FileReport>? progress,
        CancellationToken cancellationToken,
        IProgress<EmbeddingProgress>? embeddingProgress = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        var corpus = Path.GetFullPath(corpusDirectory);

        // Fingerprint before ingesting: a file changed during the build leaves the new index stale, not wrong.
        var fingerprint = await CorpusFingerprint.ComputeAsync(corpus, ingestor.ListFiles(corpus), cancellationToken);
        var ingested = await ingestor.IngestAsync(corpus, progress, cancellationToken);
        return await WriteAsync(ingested, corpus, fingerprint, store, cancellationToken, embeddingProgress);
    }

    /// <summary>
    /// Writes an index generation for documents already ingested (with its paragraph vectors, when embeddings are on
    /// and the provider answers) and makes it current. Used by <see cref="BuildAsync"/>, and by benchmarks that index
    /// a generated library.
    /// </summary>
    public async Task<IndexBuildResult> WriteAsync(
        IngestResult ingested,
        string corpusPath,
        CorpusFingerprint fingerprint,
        IndexStore store,
        CancellationToken cancellationToken,
        IProgress<EmbeddingProgress>? embeddingProgress = null)
    {
        ArgumentNullException.ThrowIfNull(ingested);
        ArgumentNullException.ThrowIfNull(store);
        var generation = store.CreateGeneration(clock.GetUtcNow());
        try
        {
            var paragraphs = WriteLucene(generation, ingested.Library, cancellationToken);
            if (options.Value.LearnLexicon)
            {
                await lexiconLearner.Learn(ingested.Library, cancellationToken).SaveAsync(generation.LexiconPath, cancellationToken);
            }

            await new LibrarySnapshot(ingested.Library.Documents, ingested.Report).SaveAsync(generation.LibraryPath, cancellationToken);
            var manifest = new IndexManifest(clock.GetUtcNow(), corpusPath, fingerprint, ingested.Library.Documents.Count, paragraphs, ingested.Report.Failed);
            await using (var stream = File.Create(generation.ManifestPath))
            {
                await JsonSerializer.SerializeAsync(stream, manifest, LibrarySnapshot.Json, cancellationToken);
            }

            // A provider that is down leaves the generation lexical; its vectors are made when it is served later.
            var embedded = await vectors.EnsureAsync(generation.Directory, ingested.Library, embeddingProgress, cancellationToken);
            store.Activate(generation);
            LogBuilt(logger, generation.Name, manifest.Documents, paragraphs);
            return new IndexBuildResult(generation, manifest, ingested.Report, embedded);
        }
        catch
        {
            System.IO.Directory.Delete(generation.Directory, recursive: true);
            throw;
        }
    }

    private int WriteLucene(IndexGeneration generation, DocumentLibrary library, CancellationToken cancellationToken)
    {
        using var directory = FSDirectory.Open(generation.LucenePath);
        using var analyzer = IndexFields.CreateAnalyzer(analyzers);
        var config = new IndexWriterConfig(ArchiveAnalyzers.Version, analyzer)
        {
            OpenMode = OpenMode.CREATE,
            Similarity = new ParagraphSimilarity(),
        };
        using var writer = new IndexWriter(directory, config);
        var count = 0;
        foreach (var document in library.Documents)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var paragraph in document.Paragraphs)
            {
                var counterpart = paragraph.CounterpartId is { } id ? library.FindParagraph(id)?.Paragraph : null;
                writer.AddDocument(ParagraphDocuments.Create(document, paragraph, counterpart));
                count++;
            }
        }

        writer.ForceMerge(1);
        writer.Commit();
        return count;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Built index generation {Generation}: {Documents} documents, {Paragraphs} paragraphs")]
    private static partial void LogBuilt(ILogger logger, string generation, int documents, int paragraphs);
}
