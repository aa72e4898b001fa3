using Archive.Core.Documents;
using Archive.Core.Indexing;
using Archive.Core.Ingestion;
using Archive.Core.Search;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Core.Tests.Support;

/// <summary>Held-out conferences searched lexically: no embeddings, for tests of the lexical path.</summary>
public sealed class LexicalHeldOutFixture() : HeldOutFixture("none");

/// <summary>Held-out conferences searched with the bundled MiniLM model, for all three modes.</summary>
public sealed class SemanticHeldOutFixture() : HeldOutFixture("minilm");

/// <summary>
/// The sample corpus ingested once, and two searches with the given embedding provider: one whose builds learn the
/// translation lexicon, one with the glossary alone. <see cref="HoldOutAsync"/> indexes the corpus for both without a
/// conference's Indonesian versions: that conference's English paragraphs have no counterpart, and the lexicon is
/// learned without its pairs.
/// </summary>
public abstract class HeldOutFixture(string embeddings) : IAsyncLifetime
{
    private readonly TempDirectory _folder = new();
    private IngestResult? _corpus;
    private ServiceProvider? _withLexicon;
    private ServiceProvider? _glossaryOnly;

    public IngestResult Corpus => _corpus ?? throw new InvalidOperationException("not initialised");

    /// <summary>The conferences that have a document in both languages, in order.</summary>
    public IReadOnlyList<int> Conferences => [.. Corpus.Library.Documents
        .Where(d => d.CounterpartId is not null && d.Metadata.Conference is not null)
        .Select(d => d.Metadata.Conference!.Value).Distinct().Order()];

    /// <summary>Search over the held-out index with the learned lexicon, or with the glossary alone.</summary>
    public ArchiveSearch Search(bool lexicon) => Services(lexicon).GetRequiredService<ArchiveSearch>();

    /// <summary>The live index of the held-out build with the learned lexicon, or with the glossary alone.</summary>
    public LiveIndex Index(bool lexicon) => Services(lexicon).GetRequiredService<LiveIndex>();

    public async ValueTask InitializeAsync()
    {
        _corpus = await Support.Services.Ingestor().IngestAsync(RepositoryPaths.Corpus, progress: null, TestContext.Current.CancellationToken);
        _withLexicon = Support.Services.Build(embeddings: embeddings);
        _glossaryOnly = Support.Services.Build(embeddings: embeddings, learnLexicon: false);
    }

    /// <summary>Indexes the corpus without the Indonesian versions of <paramref name="conference"/>'s documents, with and without the lexicon, and serves both.</summary>
    public async Task HoldOutAsync(int conference)
    {
        var documents = Corpus.Library.Documents
            .Where(d => !(d.Metadata.Conference == conference && d.Language == DocumentLanguage.Indonesian))
            .Select(d => d.Metadata.Conference == conference ? Unpaired(d) : d);
        var library = new IngestResult(new DocumentLibrary(documents), Corpus.Report);
        var cancellationToken = TestContext.Current.CancellationToken;
        foreach (var lexicon in new[] { true, false })
        {
            // Each setting keeps its own store, so a build reuses the paragraph vectors of the one before.
            var store = new IndexStore(_folder.File(lexicon ? "lexicon" : "glossary"));
            await Services(lexicon).GetRequiredService<IndexBuilder>().WriteAsync(library, RepositoryPaths.Corpus, new CorpusFingerprint(0, "held-out", null, []), store, cancellationToken);
            await Index(lexicon).RefreshAsync(store, cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        foreach (var services in new[] { _withLexicon, _glossaryOnly })
        {
            if (services is not null)
            {
                await services.DisposeAsync();
            }
        }

        _folder.Dispose();
    }

    private ServiceProvider Services(bool lexicon) => (lexicon ? _withLexicon : _glossaryOnly) ?? throw new InvalidOperationException("not initialised");

    private static ArchiveDocument Unpaired(ArchiveDocument document) => document with
    {
        CounterpartId = null,
        Paragraphs = [.. document.Paragraphs.Select(p => p with { CounterpartId = null })],
    };
}
