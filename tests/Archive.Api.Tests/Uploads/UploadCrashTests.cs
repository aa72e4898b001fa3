using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Archive.Core.Indexing;
using Archive.Core.Ingestion;
using Archive.Testing;

namespace Archive.Api.Tests.Uploads;

/// <summary>
/// A corpus and index with one uploaded document, built once by a host process; each crash test works on its own copy.
/// </summary>
public sealed class CrashCorpusFixture : IAsyncLifetime
{
    public const string Key = "secretariat-key-0123456789";

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "archive-crash-" + Guid.NewGuid().ToString("N"));

    /// <summary>The uploaded document every copy starts with.</summary>
    public string UploadedId { get; private set; } = string.Empty;

    public static IReadOnlyDictionary<string, string> Environment(string? crashAt) => new Dictionary<string, string>
    {
        ["Archive__ApiKeys__0"] = "secretariat:" + Key,
        ["Archive__WriteWaitSeconds"] = "300",
        [CrashPoints.Variable] = crashAt ?? string.Empty,
    };

    public async ValueTask InitializeAsync()
    {
        var corpus = Path.Combine(Root, "base", "corpus");
        CopyDirectory(RepositoryRoot.Corpus, corpus);
        await using var host = await ApiProcess.StartAsync(corpus, Path.Combine(Root, "base", "index"), Environment(null), CancellationToken.None);
        using var client = host.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", Key);
        using var form = UploadApiFactory.Form(UploadTexts.English("kookaburra"), "standing-note.txt");
        using var response = await client.PostAsync("/api/documents", form, CancellationToken.None);
        Assert.True(response.StatusCode == HttpStatusCode.Created, host.Output);
        UploadedId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    /// <summary>A fresh copy of the base corpus and index: (corpus, index).</summary>
    public (string Corpus, string Index) Copy()
    {
        var target = Path.Combine(Root, Guid.NewGuid().ToString("N"));
        CopyDirectory(Path.Combine(Root, "base"), target);
        return (Path.Combine(target, "corpus"), Path.Combine(target, "index"));
    }

    public ValueTask DisposeAsync()
    {
        Directory.Delete(Root, recursive: true);
        return ValueTask.CompletedTask;
    }

    private static void CopyDirectory(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }
}

/// <summary>
/// The host killed at each step of a write (<see cref="CrashPoints"/>), then started again on what it left: the archive
/// is the old one or the new one, never a file without its catalog entry nor an index naming a missing file.
/// </summary>
public sealed class UploadCrashTests(CrashCorpusFixture fixture) : IClassFixture<CrashCorpusFixture>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("add", "staged", false)]
    [InlineData("add", "stored", false)]
    [InlineData("add", "catalogued", true)]
    [InlineData("add", "index-updated", true)]
    [InlineData("add", "built", true)]
    [InlineData("replace", "stored", false)]
    [InlineData("replace", "catalogued", true)]
    [InlineData("delete", "staged", false)]
    [InlineData("delete", "catalogued", true)]
    [InlineData("delete", "index-updated", true)]
    public async Task HostKilledMidWrite_RestartsOnTheOldOrTheNewArchive(string action, string step, bool expectNew)
    {
        var (corpus, index) = fixture.Copy();
        await using (var crashing = await ApiProcess.StartAsync(corpus, index, CrashCorpusFixture.Environment(step), Cancellation))
        {
            using var client = crashing.CreateClient();
            client.DefaultRequestHeaders.Add("X-Api-Key", CrashCorpusFixture.Key);
            using HttpRequestMessage request = action switch
            {
                "add" => new(HttpMethod.Post, "/api/documents") { Content = UploadApiFactory.Form(UploadTexts.English("cassowary"), "crash-note.txt") },
                "replace" => new(HttpMethod.Put, $"/api/documents/{fixture.UploadedId}") { Content = UploadApiFactory.Form(UploadTexts.English("cassowary"), "crash-note.txt") },
                _ => new(HttpMethod.Delete, $"/api/documents/{fixture.UploadedId}"),
            };

            // The connection dies with the process: there is no answer to read. The handler wraps that in an
            // HttpRequestException, except when the socket fails while the pool is still opening its connection,
            // where the SocketException escapes bare; that the request arrived is shown by the host's exit below.
            var lost = await Record.ExceptionAsync(() => client.SendAsync(request, Cancellation));
            Assert.True(lost is HttpRequestException or System.Net.Sockets.SocketException, $"expected the connection to be lost, got {lost?.GetType().Name ?? "an answer"}");
            await crashing.WaitForExitAsync(Cancellation);
        }

        await using var restarted = await ApiProcess.StartAsync(corpus, index, CrashCorpusFixture.Environment(null), Cancellation);
        using var reader = restarted.CreateClient();
        await AssertWholeAsync(corpus, reader, restarted);

        var newDocument = await Total(reader, "cassowary") > 0;
        var standing = await Total(reader, "kookaburra") > 0;
        var (expectCassowary, expectKookaburra) = (action, expectNew) switch
        {
            ("add", false) => (false, true),
            ("add", true) => (true, true),
            ("replace", false) => (false, true),
            ("replace", true) => (true, false),
            ("delete", false) => (false, true),
            _ => (false, false),
        };
        Assert.True(expectCassowary == newDocument && expectKookaburra == standing,
            $"{action} killed at {step}: the new text is {(newDocument ? "" : "not ")}served, the standing one is {(standing ? "" : "not ")}served\n{restarted.Output}");
    }

    /// <summary>No staged file, every uploaded file catalogued and every catalogued one there, every served document's file there.</summary>
    private static async Task AssertWholeAsync(string corpus, HttpClient client, ApiProcess host)
    {
        var incoming = Path.Combine(corpus, CorpusLayout.IncomingFolder);
        Assert.True(!Directory.Exists(incoming) || !Directory.EnumerateFileSystemEntries(incoming).Any(), "a staged file was left");
        var uploads = Path.Combine(corpus, CorpusLayout.UploadsFolder);
        var listed = (await CorpusCatalog.ReadAsync(Path.Combine(uploads, CorpusCatalog.FileName), Cancellation)).Select(e => e.File).Order(StringComparer.Ordinal);
        var present = Directory.EnumerateFiles(uploads).Select(Path.GetFileName).Where(f => f != CorpusCatalog.FileName).Order(StringComparer.Ordinal);
        Assert.Equal(listed, present);

        var documents = await client.GetFromJsonAsync<JsonElement[]>("/api/documents", Cancellation);
        Assert.NotNull(documents);
        Assert.All(documents, d => Assert.True(File.Exists(Path.Combine(corpus, d.GetProperty("source").GetString()!)),
            $"{d.GetProperty("id").GetString()} is served from a missing file\n{host.Output}"));
    }

    private static async Task<int> Total(HttpClient client, string word) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/search?q={word}", Cancellation)).GetProperty("total").GetInt32();
}
