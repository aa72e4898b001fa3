using Archive.Core.Documents;
using Archive.Core.Ingestion;
using Archive.Core.Translation;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Microsoft.Extensions.Options;

namespace Archive.Core.Indexing;

/// <summary>
/// The index generation a service currently serves, shared by all requests. Requests <see cref="Acquire"/> a
/// lease (reference-counted, as Lucene's SearcherManager does) and dispose it when done; <see cref="RefreshAsync"/>
/// opens a newer generation when the store's pointer has moved and swaps it in, and the old generation's reader is
/// closed only when its last lease is released, so no request ever fails because of a rebuild.
/// </summary>
public sealed class LiveIndex(IOptions<IndexOptions> options, RecentSnapshots snapshots) : IDisposable
{
    private readonly long _inMemoryMaxBytes = options.Value.InMemoryMaxMegabytes * 1024L * 1024;
    private readonly System.Threading.Lock _gate = new();
    private readonly SemaphoreSlim _opening = new(1, 1);
    private OpenGeneration? _current;

    public IndexManifest? Manifest => _current?.Served.Manifest;

    public string? GenerationName => _current?.Served.Name;

    /// <summary>The documents of the current generation (empty before one is open).</summary>
    public DocumentLibrary Library => _current?.Served.Library ?? DocumentLibrary.Empty;

    public IngestReport? Report => _current?.Served.Report;

    /// <summary>The generation being served, read once: take it at the start of a request and read only from it.</summary>
    /// <exception cref="IndexNotReadyException">No generation is open yet.</exception>
    public ServedGeneration Served => _current?.Served ?? throw new IndexNotReadyException();

    /// <summary>Takes a reference to the current generation; dispose the lease to release it.</summary>
    /// <exception cref="IndexNotReadyException">No generation is open yet.</exception>
    public IndexLease Acquire()
    {
        lock (_gate)
        {
            var current = _current ?? throw new IndexNotReadyException();
            current.AddReference();
            return new IndexLease(current);
        }
    }

    /// <summary>Opens the store's current generation if it is not the one being served.</summary>
    /// <returns>True when a new generation was swapped in.</returns>
    public async Task<bool> RefreshAsync(IndexStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        // One opening at a time: the refresher and a write serving its generation would otherwise both open it, and
        // every capability would be warmed twice (a commitment catalog costs seconds at thousands of documents).
        await _opening.WaitAsync(cancellationToken);
        try
        {
            return await OpenLatestAsync(store, cancellationToken);
        }
        finally
        {
            _opening.Release();
        }
    }

    private async Task<bool> OpenLatestAsync(IndexStore store, CancellationToken cancellationToken)
    {
        if (store.Current() is not { } generation || generation.Name == _current?.Served.Name)
        {
            return false;
        }

        var manifest = await generation.ReadManifestAsync(cancellationToken)
            ?? throw new InvalidDataException($"index generation {generation.Name} has no readable manifest");
        var snapshot = await snapshots.LoadAsync(generation, cancellationToken);
        var lexicon = await TranslationLexicon.LoadAsync(generation.LexiconPath, cancellationToken);
        var opened = OpenGeneration.Open(generation, manifest, snapshot, lexicon, _inMemoryMaxBytes);
        OpenGeneration? previous;
        lock (_gate)
        {
            previous = _current;
            _current = opened;
        }

        previous?.Release();
        return true;
    }

    public void Dispose()
    {
        OpenGeneration? current;
        lock (_gate)
        {
            current = _current;
            _current = null;
        }

        current?.Release();
        _opening.Dispose();
    }

    internal sealed class OpenGeneration
    {
        private readonly Lucene.Net.Store.Directory _directory;
        private readonly DirectoryReader _reader;
        private int _references = 1;

        private OpenGeneration(IndexGeneration generation, IndexManifest manifest, LibrarySnapshot snapshot, TranslationLexicon lexicon, Lucene.Net.Store.Directory directory, DirectoryReader reader)
        {
            Served = new ServedGeneration(generation.Name, new DocumentLibrary(snapshot.Documents), manifest, snapshot.Report, lexicon);
            _directory = directory;
            _reader = reader;
            Searcher = new IndexSearcher(reader) { Similarity = new ParagraphSimilarity() };
        }

        public ServedGeneration Served { get; }

        public IndexSearcher Searcher { get; }

        /// <summary>Postings enumerations its finished searches gave back, for the next ones.</summary>
        public PostingsRecycler Postings { get; } = new();

        public static OpenGeneration Open(IndexGeneration generation, IndexManifest manifest, LibrarySnapshot snapshot, TranslationLexicon lexicon, long inMemoryMaxBytes)
        {
            var directory = GenerationDirectory.Open(generation.LucenePath, inMemoryMaxBytes);
            try
            {
                return new OpenGeneration(generation, manifest, snapshot, lexicon, directory, DirectoryReader.Open(directory));
            }
            catch
            {
                directory.Dispose();
                throw;
            }
        }

        public void AddReference() => Interlocked.Increment(ref _references);

        public void Release()
        {
            if (Interlocked.Decrement(ref _references) == 0)
            {
                _reader.Dispose();
                _directory.Dispose();
            }
        }
    }
}
