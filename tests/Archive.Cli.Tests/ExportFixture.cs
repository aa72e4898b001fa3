using System.Text.Json;
using Archive.Core.Indexing;
using Microsoft.Extensions.Options;

namespace Archive.Cli.Tests;

/// <summary>
/// The sample corpus indexed once by <c>archive index</c> (with the bundled model's vectors), exported once as a bulk
/// file and once as a mapping, with the paragraph ids the Lucene index holds.
/// </summary>
public sealed class ExportFixture : IAsyncLifetime
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("archive-cli-export-");

    public string Index => Path.Combine(_folder.FullName, "index");

    public string BulkPath => Path.Combine(_folder.FullName, "bulk.ndjson");

    /// <summary>What <c>export --format opensearch-bulk --out FILE</c> printed (the summary, on standard error).</summary>
    internal CliRun Bulk { get; private set; } = null!;

    public IReadOnlyList<string> BulkLines { get; private set; } = [];

    public JsonElement Mapping { get; private set; }

    /// <summary>The paragraph id of every Lucene document of the current generation.</summary>
    public IReadOnlyList<string> LuceneIds { get; private set; } = [];

    public async ValueTask InitializeAsync()
    {
        var built = await CliRun.InvokeAsync("index", "--corpus", CliRun.Corpus, "--index", Index);
        Assert.Equal(0, built.ExitCode);
        Bulk = await CliRun.InvokeAsync("export", "--format", "opensearch-bulk", "--index", Index, "--out", BulkPath);
        BulkLines = await File.ReadAllLinesAsync(BulkPath, TestContext.Current.CancellationToken);
        var mapping = await CliRun.InvokeAsync("export", "--format", "opensearch-mapping");
        Assert.Equal(0, mapping.ExitCode);
        Mapping = JsonSerializer.Deserialize<JsonElement>(mapping.Output);

        using var live = new LiveIndex(Options.Create(new IndexOptions()), new RecentSnapshots());
        await live.RefreshAsync(new IndexStore(Index), TestContext.Current.CancellationToken);
        using var lease = live.Acquire();
        LuceneIds = [.. Enumerable.Range(0, lease.Searcher.IndexReader.MaxDoc).Select(lease.ParagraphId)];
    }

    public ValueTask DisposeAsync()
    {
        _folder.Delete(recursive: true);
        return ValueTask.CompletedTask;
    }
}
