using Archive.Testing;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Archive.Api.Tests;

/// <summary>
/// The real API host on Kestrel at 127.0.0.1 (a free port), serving a copy of the sample corpus (or another) in a temp folder
/// and building its index there, so that tests never write into the repository. <see cref="CorpusFiles"/> lets a test add files to its copy.
/// </summary>
public class ArchiveApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public ArchiveApiFactory()
        : this(RepositoryRoot.Corpus)
    {
    }

    /// <param name="corpus">The folder whose copy the host serves, with its catalog.json.</param>
    protected ArchiveApiFactory(string corpus)
    {
        var root = Path.Combine(Path.GetTempPath(), "archive-api-tests-" + Guid.NewGuid().ToString("N"));
        CorpusPath = Path.Combine(root, "corpus");
        IndexPath = Path.Combine(root, "index");
        DataPath = Path.Combine(root, "data");
        CopyDirectory(corpus, CorpusPath);
        // Kestrel listens where the Urls setting says: ListenHost, on a free port.
        this.UseKestrel();
    }

    public string CorpusPath { get; }

    public string IndexPath { get; }

    /// <summary>The folder of the follow-up database; a test that restarts the host gives two hosts the same one.</summary>
    public string DataPath { get; init; }

    /// <summary>
    /// Configuration on top of the test defaults. Embeddings are off unless a test is about them: the model costs
    /// seconds per host.
    /// </summary>
    protected virtual IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string> { ["Embeddings:Provider"] = "none" };

    /// <summary>The address Kestrel listens on; the loopback unless a test is about another interface.</summary>
    protected virtual string ListenHost => "127.0.0.1";

    /// <summary>Files to add to the corpus copy before the host starts: name → bytes.</summary>
    protected virtual IReadOnlyDictionary<string, byte[]> CorpusFiles => new Dictionary<string, byte[]>();

    public virtual ValueTask InitializeAsync()
    {
        foreach (var (name, bytes) in CorpusFiles)
        {
            File.WriteAllBytes(Path.Combine(CorpusPath, name), bytes);
        }

        StartServer();
        return ValueTask.CompletedTask;
    }

    public HttpClient CreateApiClient()
    {
        var client = CreateClient();
        Assert.Equal(ListenHost, client.BaseAddress!.Host);
        return client;
    }

    public async Task<T> GetJsonAsync<T>(string url)
    {
        using var client = CreateApiClient();
        return (await client.GetFromJsonAsync<T>(url, TestContext.Current.CancellationToken))!;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(Path.GetDirectoryName(CorpusPath)!, recursive: true);
        GC.SuppressFinalize(this);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Corpus:Path", CorpusPath);
        builder.UseSetting("Index:Path", IndexPath);
        builder.UseSetting("Archive:DataPath", DataPath);
        builder.UseSetting("Index:RefreshIntervalSeconds", "0.2");
        builder.UseSetting("Extraction:OcrCachePath", Path.Combine(Path.GetDirectoryName(CorpusPath)!, "ocr-cache"));
        builder.UseSetting("Extraction:ExtractionCachePath", Path.Combine(Path.GetDirectoryName(CorpusPath)!, "extraction-cache"));
        builder.UseSetting("Urls", $"http://{ListenHost}:0");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    private static void CopyDirectory(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }
}
