using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Archive.Contracts;
using Archive.Core.Indexing;
using Archive.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Api.Tests.Reliability;

/// <summary>
/// <c>archive index</c> killed part-way through a build of a grown corpus, while the host serves the index: the served
/// generation stays current and answers, no search fails, and the next build succeeds and removes the half-written folder.
/// </summary>
public sealed class KilledBuildTests(ArchiveApiFactory api) : IClassFixture<ArchiveApiFactory>
{
    // Five times the sample corpus: ingesting it takes seconds and writing its index a second or two more, a window the
    // 5 ms poll below cannot miss, so the kill lands while the new generation is being written.
    private const int Copies = 4;

    private static readonly Dictionary<string, string> CliEnvironment = new() { ["Embeddings__Provider"] = "none" };

    [Fact]
    public async Task Build_KilledPartWay_LeavesTheServedGenerationCurrentAndTheNextBuildRemovesItsFolder()
    {
        var cancellation = TestContext.Current.CancellationToken;
        using var client = api.CreateApiClient();
        var live = api.Services.GetRequiredService<LiveIndex>();
        var store = new IndexStore(api.IndexPath);
        var served = store.Current()!.Name;
        var hits = await SearchAsync(client, cancellation);
        GrowCorpus();

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        var statuses = new List<HttpStatusCode>();
        var searching = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                using var response = await client.GetAsync(new Uri("/api/search?q=returns%20reintegration&k=20", UriKind.Relative), CancellationToken.None);
                lock (statuses)
                {
                    statuses.Add(response.StatusCode);
                }
            }
        }, CancellationToken.None);

        var partial = await KillOnceAGenerationAppearsAsync(served, cancellation);
        var pointerAfterKill = store.Current()?.Name;
        var servedAfterKill = live.GenerationName;
        var finishedWriting = File.Exists(Path.Combine(partial, "manifest.json"));
        var hitsAfterKill = await SearchAsync(client, cancellation);
        var search = await ExternalProcess.RunAsync(Archive, ["search", "returns", "--index", api.IndexPath, "--json"], api.IndexPath, CliEnvironment, cancellation);
        await stop.CancelAsync();
        await searching;
        await ExternalProcess.RunAsync(Archive, ["index", "--corpus", api.CorpusPath, "--index", api.IndexPath], api.IndexPath, CliEnvironment, cancellation);
        var rebuilt = store.Current()!.Name;
        await WaitUntilServedAsync(live, rebuilt, cancellation);

        Assert.False(finishedWriting, "the build was killed after it had finished writing");
        Assert.Equal(served, pointerAfterKill);
        Assert.Equal(served, servedAfterKill);
        Assert.Equal(hits, hitsAfterKill);
        using (var json = JsonDocument.Parse(search))
        {
            Assert.NotEqual(0, json.RootElement.GetProperty("hits").GetArrayLength());
        }

        Assert.True(statuses.Count > 10, $"only {statuses.Count} searches ran");
        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.NotEqual(served, rebuilt);
        Assert.False(Directory.Exists(partial), "the half-written generation is still there");
        Assert.Equal([served, rebuilt], Directory.GetDirectories(api.IndexPath, "gen-*").Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var documents = await client.GetFromJsonAsync<List<DocumentSummaryResponse>>(new Uri("/api/documents", UriKind.Relative), cancellation);
        Assert.Equal(SampleCorpus.Documents * (Copies + 1), documents!.Count);
    }

    private static string Archive => Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "archive.exe" : "archive");

    private void GrowCorpus()
    {
        var documents = Directory.EnumerateFiles(api.CorpusPath).Where(f => Path.GetExtension(f) is ".pdf" or ".html" or ".txt").ToList();
        for (var copy = 1; copy <= Copies; copy++)
        {
            foreach (var document in documents)
            {
                File.Copy(document, Path.Combine(api.CorpusPath, $"copy{copy}-{Path.GetFileName(document)}"));
            }
        }
    }

    /// <summary>Starts <c>archive index</c> and kills it as soon as a new generation folder exists.</summary>
    /// <returns>The generation folder the killed build left.</returns>
    private async Task<string> KillOnceAGenerationAppearsAsync(string served, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(Archive) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "index", "--corpus", api.CorpusPath, "--index", api.IndexPath })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in CliEnvironment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        try
        {
            while (true)
            {
                if (Directory.GetDirectories(api.IndexPath, "gen-*").FirstOrDefault(d => Path.GetFileName(d) != served) is { } partial)
                {
                    return partial;
                }

                if (process.HasExited)
                {
                    Assert.Fail($"archive index ended before a new generation folder appeared:\n{await output}\n{await error}");
                }

                await Task.Delay(5, cancellationToken);
            }
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(cancellationToken);
        }
    }

    private static async Task WaitUntilServedAsync(LiveIndex live, string generation, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (live.GenerationName != generation && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50, cancellationToken);
        }

        Assert.Equal(generation, live.GenerationName);
    }

    private static async Task<List<string>> SearchAsync(HttpClient client, CancellationToken cancellationToken)
    {
        var response = await client.GetFromJsonAsync<SearchResponse>(new Uri("/api/search?q=%22Regional%20Support%20Office%22&k=100&sample=true", UriKind.Relative), cancellationToken);
        return [.. response!.Hits.Select(h => h.Id)];
    }
}
