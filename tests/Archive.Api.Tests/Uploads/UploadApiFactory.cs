using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Archive.Api.Tests.Uploads;

/// <summary>The real host with writes on: two API keys, and a file limit small enough to test cheaply.</summary>
public class UploadApiFactory : ArchiveApiFactory
{
    public const string SecretariatKey = "secretariat-key-0123456789";

    public const string ResearcherKey = "researcher-key-9876543210";

    public const long MaxFileBytes = 1024 * 1024;

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>(base.Settings)
    {
        ["Archive:ApiKeys:0"] = "secretariat:" + SecretariatKey,
        ["Archive:ApiKeys:1"] = "researcher:" + ResearcherKey,
        ["Archive:WritesPerMinute"] = "1000",
        // These tests read the answer of a finished write; a loaded machine must not turn it into a 202.
        ["Archive:WriteWaitSeconds"] = "300",
        ["Extraction:MaxFileBytes"] = MaxFileBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>Every log record the host writes, to show what a log shipper would receive.</summary>
    public CapturingLoggerProvider Logs { get; } = new();

    public HttpClient CreateWriterClient(string key = SecretariatKey)
    {
        var client = CreateApiClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    /// <summary>A multipart form with the file in the field <c>file</c> and the given metadata fields.</summary>
    public static MultipartFormDataContent Form(byte[] file, string fileName, params (string Name, string Value)[] fields)
    {
        var form = new MultipartFormDataContent();
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(content, "file", fileName);
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        return form;
    }

    /// <summary>A form with metadata fields only (a replacement of metadata).</summary>
    public static MultipartFormDataContent Fields(params (string Name, string Value)[] fields)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        return form;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<ILoggerProvider>(Logs));
    }

    /// <summary>Every file of the corpus copy with its length, to show a refused write changed nothing.</summary>
    public IReadOnlyDictionary<string, long> CorpusState() =>
        Directory.EnumerateFiles(CorpusPath, "*", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).Equals("_audit.jsonl", StringComparison.Ordinal))
            .ToDictionary(f => Path.GetRelativePath(CorpusPath, f), f => new FileInfo(f).Length, StringComparer.Ordinal);
}
