using Archive.Core.Commitments;
using Archive.Core.Indexing;
using Archive.Core.Search;
using Archive.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Core.Tests.Indexing;

/// <summary>Index generations: freshness against the corpus, atomic switching, pruning, and leases that outlive a swap.</summary>
public sealed class IndexGenerationsTests : IDisposable
{
    private readonly TempDirectory _folder = new();
    private readonly ServiceProvider _services = Services.Build();

    public void Dispose()
    {
        _services.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public async Task Freshness_AfterBuildAndAfterACorpusChange_IsReported()
    {
        var (corpus, store) = await CopyCorpusAndBuildAsync();
        var freshness = _services.GetRequiredService<IndexFreshness>();

        Assert.Null(await freshness.WhyStaleAsync(corpus, store, TestContext.Current.CancellationToken));
        await File.AppendAllTextAsync(Path.Combine(corpus, "bpmc4-2011-rcf-id.txt"), "\nCatatan tambahan.\n", TestContext.Current.CancellationToken);
        File.Delete(Path.Combine(corpus, "bpmc3-2009-cochairs-en.html"));

        Assert.Equal("corpus changed: 0 added, 1 removed, 1 modified", await freshness.WhyStaleAsync(corpus, store, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Freshness_WithoutIndex_SaysSo()
    {
        var freshness = _services.GetRequiredService<IndexFreshness>();

        Assert.Equal("there is no index yet", await freshness.WhyStaleAsync(RepositoryPaths.Corpus, new IndexStore(_folder.File("empty")), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Rebuild_SwapsTheLiveIndexWhileAnOldLeaseStaysUsableAndPrunesOldGenerations()
    {
        var (corpus, store) = await CopyCorpusAndBuildAsync();
        var live = _services.GetRequiredService<LiveIndex>();
        await live.RefreshAsync(store, TestContext.Current.CancellationToken);
        var first = live.GenerationName;
        using var lease = live.Acquire();

        var builder = _services.GetRequiredService<IndexBuilder>();
        await builder.BuildAsync(corpus, store, null, TestContext.Current.CancellationToken);
        await builder.BuildAsync(corpus, store, null, TestContext.Current.CancellationToken);
        Assert.True(await live.RefreshAsync(store, TestContext.Current.CancellationToken));

        Assert.NotEqual(first, live.GenerationName);
        Assert.Equal(store.Current()!.Name, live.GenerationName);
        Assert.True(lease.Searcher.Search(new Lucene.Net.Search.MatchAllDocsQuery(), 1).TotalHits > 0);
        Assert.Equal(2, Directory.GetDirectories(store.Root, "gen-*").Length);
        var result = await _services.GetRequiredService<ArchiveSearch>().SearchAsync(new SearchRequest("returns"), TestContext.Current.CancellationToken);
        Assert.NotEmpty(result.Hits);
    }

    [Fact]
    public async Task Search_WhenTheGenerationIsSwappedBeforeItsHitsAreShown_ReadsTheHitsCommitmentsFromTheGenerationSearched()
    {
        var (corpus, store) = await CopyCorpusAndBuildAsync();
        var live = _services.GetRequiredService<LiveIndex>();
        await live.RefreshAsync(store, TestContext.Current.CancellationToken);
        var catalogs = _services.GetRequiredService<CommitmentCatalogCache>();
        var result = await _services.GetRequiredService<ArchiveSearch>().SearchAsync(new SearchRequest("returns", K: 20), TestContext.Current.CancellationToken);
        var hit = result.Hits.First(h => catalogs.For(result.Generation).InParagraph(h.Paragraph.Id).Any());

        // A rebuild without the hit's document is swapped in before the hits are shown with their commitments.
        File.Delete(Path.Combine(corpus, Path.GetFileName(hit.Document.Source)));
        await _services.GetRequiredService<IndexBuilder>().BuildAsync(corpus, store, null, TestContext.Current.CancellationToken);
        Assert.True(await live.RefreshAsync(store, TestContext.Current.CancellationToken));

        Assert.NotEqual(result.Generation.Name, live.GenerationName);
        Assert.Empty(catalogs.For(live.Served).InParagraph(hit.Paragraph.Id));
        Assert.All(result.Hits, h => Assert.Same(h.Document, result.Generation.Library.FindDocument(h.Document.Id)));
        Assert.All(catalogs.For(result.Generation).InParagraph(hit.Paragraph.Id), c => Assert.Equal(hit.Paragraph.Id, c.ParagraphId));
        Assert.NotEmpty(catalogs.For(result.Generation).InParagraph(hit.Paragraph.Id));
    }

    [Fact]
    public async Task Rebuild_AfterABuildKilledPartWay_DeletesItsFolderAndKeepsTheGenerationItReplaces()
    {
        var (corpus, store) = await CopyCorpusAndBuildAsync();
        var served = store.Current()!.Name;
        // What a build killed while writing leaves: a newer folder with Lucene files and no manifest.
        var partial = store.CreateGeneration(DateTimeOffset.UtcNow);
        Directory.CreateDirectory(partial.LucenePath);
        await File.WriteAllBytesAsync(Path.Combine(partial.LucenePath, "_0.fdt"), new byte[1024], TestContext.Current.CancellationToken);

        await _services.GetRequiredService<IndexBuilder>().BuildAsync(corpus, store, null, TestContext.Current.CancellationToken);

        var current = store.Current()!.Name;
        Assert.NotEqual(served, current);
        Assert.Equal([served, current], Directory.GetDirectories(store.Root, "gen-*").Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    private async Task<(string Corpus, IndexStore Store)> CopyCorpusAndBuildAsync()
    {
        var corpus = _folder.File("corpus");
        Directory.CreateDirectory(corpus);
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Corpus))
        {
            File.Copy(file, Path.Combine(corpus, Path.GetFileName(file)));
        }

        var store = new IndexStore(_folder.File("index"));
        await _services.GetRequiredService<IndexBuilder>().BuildAsync(corpus, store, null, TestContext.Current.CancellationToken);
        return (corpus, store);
    }
}
