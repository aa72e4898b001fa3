using System.Text.Json;

namespace Archive.Api.Tests;

public sealed class HealthTests(ArchiveApiFactory api) : IClassFixture<ArchiveApiFactory>
{
    [Fact]
    public async Task Healthz_SampleCorpus_IsHealthyWithCounts()
    {
        var health = await api.GetJsonAsync<JsonElement>("/healthz");

        Assert.Equal("Healthy", health.GetProperty("status").GetString());
        var data = health.GetProperty("checks").GetProperty("corpus").GetProperty("data");
        Assert.Equal(18, data.GetProperty("documents").GetInt32());
        Assert.Equal(0, data.GetProperty("filesFailed").GetInt32());
    }

    [Fact]
    public async Task OpenApi_Document_DescribesTheDocumentEndpoints()
    {
        var document = await api.GetJsonAsync<JsonElement>("/openapi/v1.json");

        var paths = document.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/documents", out _));
        Assert.True(paths.TryGetProperty("/api/documents/{id}", out var byId));
        Assert.True(byId.GetProperty("get").GetProperty("responses").TryGetProperty("404", out _));
    }
}

/// <summary>A corpus with one broken file among the samples.</summary>
public sealed class CorpusWithBrokenFileFactory : ArchiveApiFactory
{
    protected override IReadOnlyDictionary<string, byte[]> CorpusFiles =>
        new Dictionary<string, byte[]> { ["broken.pdf"] = "this is not a PDF"u8.ToArray() };
}

public sealed class DegradedHealthTests(CorpusWithBrokenFileFactory api) : IClassFixture<CorpusWithBrokenFileFactory>
{
    [Fact]
    public async Task Healthz_CorpusWithABrokenFile_IsDegradedAndStillServesTheRest()
    {
        var health = await api.GetJsonAsync<JsonElement>("/healthz");
        var documents = await api.GetJsonAsync<JsonElement[]>("/api/documents");

        Assert.Equal("Degraded", health.GetProperty("status").GetString());
        Assert.Equal(1, health.GetProperty("checks").GetProperty("corpus").GetProperty("data").GetProperty("filesFailed").GetInt32());
        Assert.Equal(18, documents.Length);
    }
}
