using Archive.Core.Indexing;
using Archive.Core.Search;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Core.Tests.Support;

/// <summary>The sample corpus indexed once into a temp folder, opened for searching.</summary>
public sealed class SampleIndexFixture : IAsyncLifetime
{
    private readonly TempDirectory _folder = new();
    private ServiceProvider? _services;

    public ParagraphSearcher Searcher => Services.GetRequiredService<ParagraphSearcher>();

    public LiveIndex Index => Services.GetRequiredService<LiveIndex>();

    public IndexStore Store => new(_folder.Path);

    private ServiceProvider Services => _services ?? throw new InvalidOperationException("not initialised");

    public async ValueTask InitializeAsync()
    {
        _services = Support.Services.Build();
        var store = new IndexStore(_folder.Path);
        await _services.GetRequiredService<IndexBuilder>().BuildAsync(RepositoryPaths.Corpus, store, null, TestContext.Current.CancellationToken);
        await Index.RefreshAsync(store, TestContext.Current.CancellationToken);
    }

    public SearchResult Search(SearchRequest request) => Searcher.Search(request, TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        _folder.Dispose();
    }
}
