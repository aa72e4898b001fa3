using Archive.Core.Search;
using Archive.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Core.Tests.Search;

public sealed class SearchWarmerTests(SemanticIndexFixture index) : IClassFixture<SemanticIndexFixture>
{
    [Fact]
    public async Task Warm_ReadsEverySegmentsFacetTable_AndRunsWithoutTouchingWhatIsServed()
    {
        var generation = index.Index.GenerationName;

        var elapsed = await index.Services.GetRequiredService<SearchWarmer>().WarmAsync(TestContext.Current.CancellationToken);

        Assert.True(elapsed > TimeSpan.Zero);
        Assert.Equal(generation, index.Index.GenerationName);
        using var lease = index.Index.Acquire();
        Assert.All(lease.Searcher.IndexReader.Leaves, leaf => Assert.True(SegmentFacets.IsRead(leaf.AtomicReader)));
    }

    [Fact]
    public async Task Warm_WithCancellation_StopsWithoutServingLess()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => index.Services.GetRequiredService<SearchWarmer>().WarmAsync(cancelled.Token));
        Assert.NotEmpty(index.Search(new SearchRequest("returns")).Hits);
    }
}
