using System.Text.Json;
using Archive.Testing;

namespace Archive.Api.Tests;

public sealed class HealthTests(ArchiveApiFactory api) : IClassFixture<ArchiveApiFactory>
{
    [Fact]
    public async Task Healthz_SampleCorpus_IsHealthyWithCounts()
    {
        var health = await api.GetJsonAsync<JsonElement>("/healthz");

        Assert.Equal("Healthy", health.GetProperty("status").GetString());
        var data = health.GetProperty("checks").GetProperty("corpus").GetProperty("data");
        Assert.Equal(SampleCorpus.Documents, data.GetProperty("documents").GetInt32());
        Assert.Equal(0, data.GetProperty("filesFailed").GetInt32());
    }

    [Fact]
    public async Task About_ReturnsItsConstantBody()
    {
        var about = await api.GetJsonAsync<JsonElement>("/api/about");

        Assert.Equal("Bali Process Archive", about.GetProperty("name").GetString());
        Assert.Contains("illustrative", about.GetProperty("note").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApi_Document_DescribesEveryEndpoint()
    {
        var document = await api.GetJsonAsync<JsonElement>("/openapi/v1.json");

        var paths = document.GetProperty("paths");
        Assert.Equal(
            ["/api/about", "/api/addressees", "/api/changes", "/api/commitments", "/api/commitments/disagreements", "/api/commitments/feed", "/api/commitments/{id}", "/api/commitments/{id}/feed", "/api/commitments/{id}/follow-up", "/api/conferences", "/api/documents", "/api/documents/{id}", "/api/documents/{id}/cite", "/api/drafts/review", "/api/export/tmx", "/api/follow-up.csv", "/api/meetings", "/api/paragraphs/{id}", "/api/paragraphs/{id}/cite", "/api/precedent", "/api/search", "/api/search/batch", "/api/search/feed", "/api/topics", "/api/writes/{ticket}"],
            paths.EnumerateObject().Select(p => p.Name).Where(p => p.StartsWith("/api/", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Assert.True(paths.GetProperty("/api/search").GetProperty("get").GetProperty("responses").TryGetProperty("400", out _));
        Assert.True(paths.TryGetProperty("/api/documents", out _));
        Assert.True(paths.TryGetProperty("/api/documents/{id}", out var byId));
        Assert.True(byId.GetProperty("get").GetProperty("responses").TryGetProperty("404", out _));
        // Writes say they need the key; reads do not.
        Assert.Equal("ApiKey", paths.GetProperty("/api/documents").GetProperty("post").GetProperty("security")[0].EnumerateObject().Single().Name);
        Assert.True(byId.GetProperty("put").TryGetProperty("security", out _) && byId.GetProperty("delete").TryGetProperty("security", out _));
        Assert.Equal(0, byId.GetProperty("get").GetProperty("security").GetArrayLength());
        Assert.Equal("X-Api-Key", document.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiKey").GetProperty("name").GetString());
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
        Assert.Equal(SampleCorpus.Documents, documents.Length);
    }
}
