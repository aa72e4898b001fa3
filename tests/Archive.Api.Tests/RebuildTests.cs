using System.Net;
using Archive.Core.Indexing;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Api.Tests;

/// <summary>A new index generation built while searches run: no request fails, and the host serves the new one.</summary>
public sealed class RebuildTests(ArchiveApiFactory api) : IClassFixture<ArchiveApiFactory>
{
    [Fact]
    public async Task Rebuild_WhileSearchesRun_FailsNoRequestAndIsPickedUpWithoutRestart()
    {
        var cancellation = TestContext.Current.CancellationToken;
        using var client = api.CreateApiClient();
        var live = api.Services.GetRequiredService<LiveIndex>();
        var before = live.GenerationName;

        // A corpus change the rebuild must show: a new document.
        await File.WriteAllTextAsync(Path.Combine(api.CorpusPath, "added-note.txt"),
            "Illustrative note on rebuilding\n\n1. Ministers agreed that the archive's index can be rebuilt while it serves zeppelin searches.\n", cancellation);

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        var statuses = new List<HttpStatusCode>();
        var searching = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                using var response = await client.GetAsync("/api/search?q=returns%20reintegration&k=20", CancellationToken.None);
                lock (statuses)
                {
                    statuses.Add(response.StatusCode);
                }
            }
        }, CancellationToken.None);

        var builder = api.Services.GetRequiredService<IndexBuilder>();
        await builder.BuildAsync(api.CorpusPath, new IndexStore(api.IndexPath), null, cancellation);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (live.GenerationName == before && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50, cancellation);
        }

        // Keep searching across the swap, then stop.
        await Task.Delay(300, cancellation);
        await stop.CancelAsync();
        await searching;

        Assert.NotEqual(before, live.GenerationName);
        Assert.True(statuses.Count > 10, $"only {statuses.Count} searches ran");
        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        var found = await client.GetStringAsync("/api/search?q=zeppelin&fields=document", cancellation);
        Assert.Contains("added-note.txt", found, StringComparison.Ordinal);
    }
}
