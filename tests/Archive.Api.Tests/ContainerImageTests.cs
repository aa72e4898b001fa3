using System.Formats.Tar;
using System.IO.Compression;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Archive.Testing;

namespace Archive.Api.Tests;

/// <summary>
/// The API's container image, built with the SDK's container support into an OCI tarball by
/// <c>deploy/offline-image.sh</c> (this machine cannot reach mcr.microsoft.com, so the base image is Debian's, served
/// from a throwaway registry on the loopback), then read back as a container runtime would read it.
/// </summary>
public sealed class ContainerImageTests : IDisposable
{
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("archive-image-");

    public void Dispose() => _work.Delete(recursive: true);

    [Fact]
    public async Task PublishContainer_WritesAnOciTarball_ThatRunsTheApiOn8080WithItsDataUnderData()
    {
        var image = Path.Combine(_work.FullName, "bali-process-archive.tar");
        await BuildAsync(image);

        var blobs = ReadOciLayout(image);
        var index = JsonDocument.Parse(blobs["index.json"]).RootElement;
        var manifestDigest = index.GetProperty("manifests")[0].GetProperty("digest").GetString()!;
        var manifest = JsonDocument.Parse(blobs[BlobPath(manifestDigest)]).RootElement;
        var config = JsonDocument.Parse(blobs[BlobPath(manifest.GetProperty("config").GetProperty("digest").GetString()!)]).RootElement;
        var run = config.GetProperty("config");
        var env = run.GetProperty("Env").EnumerateArray().Select(e => e.GetString()!).ToList();
        var appLayer = manifest.GetProperty("layers").EnumerateArray().Last().GetProperty("digest").GetString()!;
        var appFiles = LayerFiles(blobs[BlobPath(appLayer)]);

        Assert.Equal("amd64", config.GetProperty("architecture").GetString());
        Assert.Equal(["/app/Archive.Api"], run.GetProperty("Entrypoint").EnumerateArray().Select(e => e.GetString()));
        Assert.True(run.GetProperty("ExposedPorts").TryGetProperty("8080/tcp", out _));
        Assert.NotEqual("0", run.GetProperty("User").GetString());
        Assert.Contains("Urls=http://+:8080", env);
        Assert.Contains("Corpus__Path=/data/corpus", env);
        Assert.Contains("Index__Path=/data/index", env);
        Assert.Contains("Extraction__ExtractionCachePath=/data/index/extraction-cache", env);
        Assert.Contains("Extraction__OcrCachePath=/data/index/ocr-cache", env);
        Assert.Contains("Embeddings__ModelCachePath=/data/index/models", env);
        Assert.Equal("Bali Process Archive", run.GetProperty("Labels").GetProperty("org.opencontainers.image.title").GetString());
        Assert.True(manifest.GetProperty("layers").GetArrayLength() >= 2, "the base layer and the app's");
        Assert.Contains("app/Archive.Api", appFiles);
        Assert.Contains("app/libonnxruntime.so", appFiles);
        Assert.Contains("app/wwwroot/index.html", appFiles);
        Assert.DoesNotContain(appFiles, f => f.StartsWith("app/corpus/", StringComparison.Ordinal));
    }

    private static string BlobPath(string digest) => "blobs/" + digest.Replace(':', '/');

    /// <summary>Every file of the OCI layout in the tarball, by path.</summary>
    private static Dictionary<string, byte[]> ReadOciLayout(string tarball)
    {
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        using var reader = new TarReader(File.OpenRead(tarball));
        while (reader.GetNextEntry() is { } entry)
        {
            if (entry.DataStream is { } data)
            {
                using var copy = new MemoryStream();
                data.CopyTo(copy);
                files[entry.Name.TrimStart('.', '/')] = copy.ToArray();
            }
        }

        return files;
    }

    /// <summary>The paths in a gzipped layer, without a leading "./" or "/".</summary>
    private static HashSet<string> LayerFiles(byte[] layer)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        using var reader = new TarReader(new GZipStream(new MemoryStream(layer), CompressionMode.Decompress));
        while (reader.GetNextEntry() is { } entry)
        {
            names.Add(entry.Name.TrimStart('.', '/'));
        }

        return names;
    }

    private Task BuildAsync(string image) =>
        ExternalProcess.RunAsync(
            "bash",
            [Path.Combine(RepositoryRoot.Path, "deploy", "offline-image.sh"), image],
            _work.FullName,
            new Dictionary<string, string> { ["ARCHIVE_REGISTRY_PORT"] = FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture) },
            TestContext.Current.CancellationToken);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
