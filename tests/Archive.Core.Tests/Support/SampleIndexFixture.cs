using Archive.Core.Indexing;
using Archive.Core.Search;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Core.Tests.Support;

/// <summary>The sample corpus indexed once into a temp folder, opened for lexical searching.</summary>
public sealed class SampleIndexFixture() : IndexFixture("none");

/// <summary>The sample corpus indexed with the bundled MiniLM model's paragraph vectors, for all three search modes.</summary>
public sealed class SemanticIndexFixture() : IndexFixture("minilm");

/// <summary>The same, the vectors served as 8-bit integers (Embeddings:Quantize).</summary>
public sealed class QuantizedIndexFixture() : IndexFixture("minilm", quantize: true);

/// <summary>The fresh commitment set (Commitments/Fresh) indexed with the bundled model, for its lineages with embeddings.</summary>
public sealed class FreshSemanticIndexFixture() : IndexFixture("minilm", corpus: Commitments.FreshCommitmentSetFixture.Folder);

/// <summary>The third labelled set, indexed with the bundled embedding model.</summary>
public sealed class ThirdSemanticIndexFixture() : IndexFixture("minilm", corpus: Commitments.ThirdCommitmentSetFixture.Folder);

/// <summary>A corpus (the sample corpus unless given) indexed once into a temp folder with the given embedding provider.</summary>
public abstract class IndexFixture(string embeddings, bool quantize = false, string? corpus = null) : IAsyncLifetime
{
    private readonly TempDirectory _folder = new();
    private ServiceProvider? _services;

    public ParagraphSearcher Searcher => Services.GetRequiredService<ParagraphSearcher>();

    public LiveIndex Index => Services.GetRequiredService<LiveIndex>();

    public ArchiveSearch ArchiveSearch => Services.GetRequiredService<ArchiveSearch>();

    /// <summary>What the build embedded and reused; null without embeddings.</summary>
    public Archive.Core.Embeddings.VectorBuildResult? Vectors { get; private set; }

    public ServiceProvider Services => _services ?? throw new InvalidOperationException("not initialised");

    public IndexStore Store => new(_folder.Path);


    public async ValueTask InitializeAsync()
    {
        _services = Support.Services.Build(embeddings: embeddings, quantize: quantize);
        var store = new IndexStore(_folder.Path);
        var built = await _services.GetRequiredService<IndexBuilder>().BuildAsync(corpus ?? RepositoryPaths.Corpus, store, null, TestContext.Current.CancellationToken);
        Vectors = built.Vectors;
        await Index.RefreshAsync(store, TestContext.Current.CancellationToken);
    }

    /// <summary>A lexical search through the pipeline.</summary>
    public SearchResult Search(SearchRequest request) =>
        ArchiveSearch.SearchAsync(request with { Mode = SearchMode.Lexical }, TestContext.Current.CancellationToken).GetAwaiter().GetResult();

    public async ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        _folder.Dispose();
    }
}
