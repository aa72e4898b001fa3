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
    RecentSnapshots snapshots,
    IOptions<IndexOptions> options,
    TimeProvider clock,
    ILogger<IndexBuilder> logger)
{
    /// <summary>
    /// Builds the corpus's next generation. When the current one was built by this reader in this format, only the files
    /// added, changed or removed since are read, and its Lucene index is brought up to date in the new folder (its
    /// segment files linked, the changed documents deleted and added by id); otherwise, or when
    /// <paramref name="full"/> is set, or when most files changed, every file is read and the index written afresh.
    /// </summary>
    /// <param name="progress">Told of each corpus file read.</param>
    /// <param name="embeddingProgress">Told how many paragraphs have been embedded, when embeddings are on.</param>
    /// <param name="full">Read every file and write the whole index, whatever the previous generation.</param>
    public async Task<IndexBuildResult> BuildAsync(
        string corpusDirectory,
        IndexStore store,
        IProgress<FileReport>? progress,
        CancellationToken cancellationToken,
        IProgress<EmbeddingProgress>? embeddingProgress = null,
        bool full = false)
    {
        ArgumentNullException.ThrowIfNull(store);
        var corpus = Path.GetFullPath(corpusDirectory);
        var files = ingestor.ListFiles(corpus);
        var catalog = await CorpusCatalog.LoadAsync(corpus, cancellationToken);
        var previous = full ? null : await PreviousGeneration.LoadAsync(store, ingestor.ReaderVersion, snapshots, cancellationToken);

        // Fingerprint before ingesting: a file changed during the build leaves the new index stale, not wrong.
        var fingerprint = await CorpusFingerprint.ComputeAsync(corpus, files, catalog, previous?.Manifest.Corpus, cancellationToken);
        if (previous is not null && fingerprint.SameFormatAs(previous.Manifest.Corpus))
        {
            var changes = CorpusChanges.Between(previous.Manifest.Corpus, fingerprint);
            // Past half the files, writing afresh costs no more and leaves one segment.
            if (changes.Count * 2 <= files.Count
                && await ingestor.IngestChangesAsync(corpus, files, catalog, previous.Ingested, changes.Added.Concat(changes.Modified).ToHashSet(StringComparer.Ordinal), progress, cancellationToken) is { } updated)
            {
                return await UpdateAsync(previous, updated, corpus, fingerprint, store, cancellationToken, embeddingProgress);
            }
        }

        var ingested = await ingestor.IngestAsync(corpus, files, catalog, progress, cancellationToken);
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
        return await CompleteAsync(generation, ingested, corpusPath, fingerprint, store, ingested.Report.Files.Count, () =>
            WriteIndex(generation, OpenMode.CREATE, writer =>
        {
            foreach (var document in ingested.Library.Documents)
            {
                Add(writer, ingested.Library, document, cancellationToken);
            }

            writer.ForceMerge(1);
        }), embeddingProgress, cancellationToken);
    }

    /// <summary>
    /// The previous generation brought up to date: its segment files linked into the new folder, then every document
    /// of a translation group that a read file touched deleted by id and written again (pairing a new translation
    /// changes its counterpart's paragraphs too).
    /// </summary>
    private async Task<IndexBuildResult> UpdateAsync(
        PreviousGeneration previous,
        IngestUpdate update,
        string corpusPath,
        CorpusFingerprint fingerprint,
        IndexStore store,
        CancellationToken cancellationToken,
        IProgress<EmbeddingProgress>? embeddingProgress)
    {
        var before = previous.Ingested;
        var after = update.Result;
        // Pairing links documents of one work only, so every other document's index entries stay as they are.
        var works = Works(before, update.Touched).Concat(Works(after, update.Touched)).ToHashSet(StringComparer.Ordinal);
        var generation = store.CreateGeneration(clock.GetUtcNow());
        return await CompleteAsync(generation, after, corpusPath, fingerprint, store, update.Read, () =>
        {
            System.IO.Directory.CreateDirectory(generation.LucenePath);
            foreach (var file in System.IO.Directory.EnumerateFiles(previous.Generation.LucenePath).Where(IsSegmentFile))
            {
                HardLinks.LinkOrCopy(file, Path.Combine(generation.LucenePath, Path.GetFileName(file)));
            }

            CrashPoints.Reach("index-linked");
            WriteIndex(generation, OpenMode.APPEND, writer =>
            {
                foreach (var document in before.Library.Documents.Where(d => works.Contains(d.WorkKey)))
                {
                    writer.DeleteDocuments(new Term(IndexFields.DocumentId, document.Id));
                }

                foreach (var document in after.Library.Documents.Where(d => works.Contains(d.WorkKey)))
                {
                    Add(writer, after.Library, document, cancellationToken);
                }
            });
            CrashPoints.Reach("index-updated");
        }, embeddingProgress, cancellationToken);
    }

    /// <summary>The translation groups (work keys) of the documents the touched files held in an ingest.</summary>
    private static IEnumerable<string> Works(IngestResult ingested, IReadOnlySet<string> touched) =>
        ingested.Report.Files
            .Where(f => touched.Contains(f.Path) && f.DocumentId is not null)
            .Select(f => ingested.Library.FindDocument(f.DocumentId!)?.WorkKey)
            .OfType<string>();

    /// <summary>Writes the Lucene index, then the lexicon, library, manifest and vectors, and makes the generation current.</summary>
    private async Task<IndexBuildResult> CompleteAsync(
        IndexGeneration generation,
        IngestResult ingested,
        string corpusPath,
        CorpusFingerprint fingerprint,
        IndexStore store,
        int filesRead,
        Action writeLucene,
        IProgress<EmbeddingProgress>? embeddingProgress,
        CancellationToken cancellationToken)
    {
        try
        {
            writeLucene();
            if (options.Value.LearnLexicon)
            {
                await lexiconLearner.Learn(ingested.Library, cancellationToken).SaveAsync(generation.LexiconPath, cancellationToken);
            }

            var snapshot = new LibrarySnapshot(ingested.Library.Documents, ingested.Report);
            await snapshot.SaveAsync(generation.LibraryPath, cancellationToken);
            var paragraphs = ingested.Library.Documents.Sum(d => d.Paragraphs.Count);
            var manifest = new IndexManifest(
                clock.GetUtcNow(), corpusPath, fingerprint, ingested.Library.Documents.Count, paragraphs, ingested.Report.Failed, ingestor.ReaderVersion, filesRead);
            await using (var stream = File.Create(generation.ManifestPath))
            {
                await JsonSerializer.SerializeAsync(stream, manifest, LibrarySnapshot.Json, cancellationToken);
            }

            // A provider that is down leaves the generation lexical; its vectors are made when it is served later.
            var embedded = await vectors.EnsureAsync(generation.Directory, ingested.Library, embeddingProgress, cancellationToken);
            store.Activate(generation);
            snapshots.Remember(generation.Name, snapshot);
            LogBuilt(logger, generation.Name, manifest.Documents, paragraphs, filesRead);
            return new IndexBuildResult(generation, manifest, ingested.Report, embedded);
        }
        catch
        {
            System.IO.Directory.Delete(generation.Directory, recursive: true);
            throw;
        }
    }

    /// <summary>Opens the generation's Lucene index with one writer, lets <paramref name="write"/> change it, and commits.</summary>
    private void WriteIndex(IndexGeneration generation, OpenMode mode, Action<IndexWriter> write)
    {
        using var directory = FSDirectory.Open(generation.LucenePath);
        using var analyzer = IndexFields.CreateAnalyzer(analyzers);
        var config = new IndexWriterConfig(ArchiveAnalyzers.Version, analyzer)
        {
            OpenMode = mode,
            Similarity = new ParagraphSimilarity(),
        };
        using var writer = new IndexWriter(directory, config);
        write(writer);
        writer.Commit();
    }

    private static void Add(IndexWriter writer, DocumentLibrary library, ArchiveDocument document, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        foreach (var paragraph in document.Paragraphs)
        {
            var counterpart = paragraph.CounterpartId is { } id ? library.FindParagraph(id)?.Paragraph : null;
            writer.AddDocument(ParagraphDocuments.Create(document, paragraph, counterpart));
        }
    }

    /// <summary>The files of a committed index; the lock and <c>segments.gen</c> (rewritten in place) are the writer's own.</summary>
    private static bool IsSegmentFile(string path) =>
        Path.GetFileName(path) is var name && name != IndexFileNames.SEGMENTS_GEN && name != IndexWriter.WRITE_LOCK_NAME;

    [LoggerMessage(Level = LogLevel.Information, Message = "Built index generation {Generation}: {Documents} documents, {Paragraphs} paragraphs, {FilesRead} files read")]
    private static partial void LogBuilt(ILogger logger, string generation, int documents, int paragraphs, int filesRead);
}
