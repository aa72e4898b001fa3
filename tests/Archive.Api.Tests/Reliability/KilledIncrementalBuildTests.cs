using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Archive.Api.Tests.Uploads;
using Archive.Core.Indexing;
using Archive.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Api.Tests.Reliability;

/// <summary>
/// <c>archive index</c> killed at each step of a build that reads one added file and brings the served generation's
/// index up to date in a new folder (its segment files linked, not copied): the served generation stays current, its
/// files are byte for byte as they were, searches go on, and the next build completes and removes what the killed one left.
/// </summary>
public sealed class KilledIncrementalBuildTests(ArchiveApiFactory api) : IClassFixture<ArchiveApiFactory>
{
    private static string Archive => Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "archive.exe" : "archive");

    [Theory]
    [InlineData("index-linked")]
    [InlineData("index-updated")]
    public async Task IncrementalBuild_KilledPartWay_LeavesTheServedGenerationWholeAndTheNextBuildCompletes(string step)
    {
        var cancellation = TestContext.Current.CancellationToken;
        using var client = api.CreateApiClient();
        var live = api.Services.GetRequiredService<LiveIndex>();
        var store = new IndexStore(api.IndexPath);
        var served = store.Current()!;
        var files = Checksums(served.LucenePath);
        var marker = "killed" + step.Replace("-", string.Empty, StringComparison.Ordinal);
        await File.WriteAllBytesAsync(Path.Combine(api.CorpusPath, marker + ".txt"), UploadTexts.English(marker), cancellation);

        var killed = await Assert.ThrowsAsync<InvalidOperationException>(() => IndexAsync(step, cancellation));
        var partial = Directory.GetDirectories(api.IndexPath, "gen-*").Single(d => string.CompareOrdinal(Path.GetFileName(d), served.Name) > 0);

        Assert.Equal(served.Name, store.Current()!.Name);
        Assert.Equal(served.Name, live.GenerationName);
        Assert.Equal(files, Checksums(served.LucenePath));
        Assert.False(File.Exists(Path.Combine(partial, "manifest.json")), killed.Message);
        Assert.Equal(0, await TotalAsync(client, marker, cancellation));

        var output = await IndexAsync(null, cancellation);
        var rebuilt = store.Current()!.Name;
        await WaitUntilServedAsync(live, rebuilt, cancellation);

        Assert.Contains("(1 file read, the others unchanged)", output, StringComparison.Ordinal);
        Assert.Equal(1, await TotalAsync(client, marker, cancellation));
        Assert.False(Directory.Exists(partial), "the half-written generation is still there");
        Assert.True(await TotalAsync(client, "returns", cancellation) > 0);
    }

    private Task<string> IndexAsync(string? crashAt, CancellationToken cancellationToken) => ExternalProcess.RunAsync(
        Archive,
        ["index", "--corpus", api.CorpusPath, "--index", api.IndexPath],
        api.IndexPath,
        new Dictionary<string, string> { ["Embeddings__Provider"] = "none", [CrashPoints.Variable] = crashAt ?? string.Empty },
        cancellationToken);

    private static Dictionary<string, string> Checksums(string folder) =>
        Directory.EnumerateFiles(folder).ToDictionary(f => Path.GetFileName(f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));

    private static async Task<int> TotalAsync(HttpClient client, string query, CancellationToken cancellationToken) =>
        (await client.GetFromJsonAsync<JsonElement>(new Uri($"/api/search?q={query}", UriKind.Relative), cancellationToken)).GetProperty("total").GetInt32();

    private static async Task WaitUntilServedAsync(LiveIndex live, string generation, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (live.GenerationName != generation && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50, cancellationToken);
        }

        Assert.Equal(generation, live.GenerationName);
    }
}
