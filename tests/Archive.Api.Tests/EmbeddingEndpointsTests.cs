using System.Net;
using System.Text.Json;
using Archive.Core.Documents;
using Archive.Testing;

namespace Archive.Api.Tests;

/// <summary>The host with the bundled MiniLM model: hybrid by default, all three modes, a ready health check.</summary>
public sealed class MiniLmApiTests(MiniLmApiTests.Factory api) : IClassFixture<MiniLmApiTests.Factory>
{
    public sealed class Factory : ArchiveApiFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string> { ["Embeddings:Provider"] = "minilm" };
    }

    [Fact]
    public async Task Search_Default_IsHybridWithScoresPerHit()
    {
        var result = await api.GetJsonAsync<JsonElement>("/api/search?q=sending%20people%20home%20safely&k=5&view=full");

        Assert.Equal("hybrid", result.GetProperty("mode").GetString());
        Assert.Equal(JsonValueKind.Null, result.GetProperty("fallback").ValueKind);
        var hits = result.GetProperty("hits").EnumerateArray().ToList();
        Assert.Equal(5, hits.Count);
        Assert.All(hits, h => Assert.Equal(JsonValueKind.Number, h.GetProperty("scores").GetProperty("semantic").ValueKind));
    }

    [Theory]
    [InlineData("lexical")]
    [InlineData("hybrid")]
    [InlineData("semantic")]
    public async Task Search_EachMode_IsUsedAndSaysSo(string mode)
    {
        var result = await api.GetJsonAsync<JsonElement>($"/api/search?q=perdagangan%20orang%20daring&lang=id&mode={mode}&view=full");

        Assert.Equal(mode, result.GetProperty("mode").GetString());
        Assert.NotEmpty(result.GetProperty("hits").EnumerateArray());
        Assert.All(result.GetProperty("hits").EnumerateArray(), h => Assert.Equal("id", h.GetProperty("language").GetString()));
    }

    [Fact]
    public async Task Search_UnknownMode_IsAValidationProblem()
    {
        using var client = api.CreateApiClient();
        using var response = await client.GetAsync(new Uri("/api/search?q=returns&mode=fuzzy", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("mode must be lexical, hybrid or semantic", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Healthz_ReportsTheModelReady()
    {
        var health = await api.GetJsonAsync<JsonElement>("/healthz");

        var embeddings = health.GetProperty("checks").GetProperty("embeddings");
        Assert.Equal("Healthy", embeddings.GetProperty("status").GetString());
        Assert.Equal("minilm-all-minilm-l6-v2-384", embeddings.GetProperty("data").GetProperty("model").GetString());
        Assert.Equal(SampleCorpus.Paragraphs, embeddings.GetProperty("data").GetProperty("vectors").GetInt32());
    }
}

/// <summary>The OpenAI-compatible provider, through the OpenAI client, against a /v1/embeddings server on 127.0.0.1.</summary>
public sealed class OpenAICompatibleApiTests(OpenAICompatibleApiTests.Factory api) : IClassFixture<OpenAICompatibleApiTests.Factory>
{
    public sealed class Factory : FakeEmbeddingServerFactory
    {
        protected override IReadOnlyDictionary<string, string> EmbeddingSettings => new Dictionary<string, string>
        {
            ["Embeddings:ApiKey"] = "test-key",
        };
    }

    [Fact]
    public async Task Index_EmbedsTheEnglishParagraphsAtTheEndpoint_WithItsModelAndKey()
    {
        var health = await api.GetJsonAsync<JsonElement>("/healthz");

        Assert.Equal("Healthy", health.GetProperty("checks").GetProperty("embeddings").GetProperty("status").GetString());
        Assert.NotEmpty(api.Embedder.Requests);
        Assert.All(api.Embedder.Requests, r => Assert.Equal("fake-minilm", r.Model));
        Assert.All(api.Embedder.Requests, r => Assert.Equal("Bearer test-key", r.Authorization));
        Assert.True(api.Embedder.Requests.Sum(r => r.Inputs) >= SampleCorpus.ParagraphsIn(DocumentLanguage.English), "the English paragraphs are embedded at the endpoint");
    }

    [Fact]
    public async Task Search_Hybrid_FusesTheLexicalRanksWithTheEndpointsVectors()
    {
        var hits = await SearchThroughTheEndpointAsync("hybrid");

        Assert.All(hits, h => Assert.Equal(JsonValueKind.Number, h.GetProperty("scores").GetProperty("semantic").ValueKind));
        Assert.Contains(hits, h => h.GetProperty("scores").GetProperty("lexicalRank").ValueKind == JsonValueKind.Number);
        Assert.Contains(hits, h => h.GetProperty("scores").GetProperty("semanticRank").ValueKind == JsonValueKind.Number);
    }

    [Fact]
    public async Task Search_SameQueryAgain_IsEmbeddedOnce()
    {
        const string url = "/api/search?q=safe%20return%20of%20people%20rescued%20at%20sea&mode=hybrid&k=5&view=full";
        var before = api.Embedder.Requests.Count;
        var first = await api.GetJsonAsync<JsonElement>(url);
        var embedded = api.Embedder.Requests.Count;
        // The same words with other spacing and another page size: the same query vector.
        var again = await api.GetJsonAsync<JsonElement>(url.Replace("%20of%20", "%20%20of%20", StringComparison.Ordinal).Replace("k=5", "k=3", StringComparison.Ordinal));

        Assert.Equal(before + 1, embedded);
        Assert.Equal(embedded, api.Embedder.Requests.Count);
        Assert.Equal(
            first.GetProperty("hits").EnumerateArray().Take(3).Select(h => h.GetProperty("id").GetString()),
            again.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Search_Semantic_RanksByTheEndpointsVectorsAlone()
    {
        var hits = await SearchThroughTheEndpointAsync("semantic");

        Assert.Equal([1, 2, 3], hits.Select(h => h.GetProperty("scores").GetProperty("semanticRank").GetInt32()));
        Assert.All(hits, h => Assert.Equal(JsonValueKind.Null, h.GetProperty("scores").GetProperty("lexical").ValueKind));
    }

    [Fact]
    public async Task Healthz_NamesTheEndpointsModel()
    {
        var health = await api.GetJsonAsync<JsonElement>("/healthz");

        var embeddings = health.GetProperty("checks").GetProperty("embeddings");
        Assert.Equal("Healthy", embeddings.GetProperty("status").GetString());
        Assert.Equal("openai-fake-minilm-384", embeddings.GetProperty("data").GetProperty("model").GetString());
    }

    /// <summary>
    /// The top three English hits in <paramref name="mode"/>, found with the query's vector from the endpoint: the mode
    /// asked for is the mode used, with no fallback, and the endpoint was asked for a vector meanwhile.
    /// </summary>
    private async Task<List<JsonElement>> SearchThroughTheEndpointAsync(string mode)
    {
        var before = api.Embedder.Requests.Count;
        // A query of its own per mode: a query embedded once is served from the cache after that.
        var query = mode == "hybrid" ? "sending people home safely" : "bringing people home safely";
        var result = await api.GetJsonAsync<JsonElement>($"/api/search?q={Uri.EscapeDataString(query)}&mode={mode}&lang=en&k=3&view=full");

        Assert.Equal(mode, result.GetProperty("mode").GetString());
        Assert.Equal(JsonValueKind.Null, result.GetProperty("fallback").ValueKind);
        Assert.True(api.Embedder.Requests.Count > before, "the query is embedded at the endpoint");
        var hits = result.GetProperty("hits").EnumerateArray().ToList();
        Assert.Equal(3, hits.Count);
        return hits;
    }
}

/// <summary>A provider that cannot be reached: search stays up, lexically, and health says degraded and why.</summary>
public sealed class FailingProviderApiTests(FailingProviderApiTests.Factory api) : IClassFixture<FailingProviderApiTests.Factory>
{
    public sealed class Factory : ArchiveApiFactory
    {
        // Port 9 (discard) on the loopback: nothing listens, so the connection is refused at once.
        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
        {
            ["Embeddings:Provider"] = "openai",
            ["Embeddings:Endpoint"] = "http://127.0.0.1:9/v1",
            ["Embeddings:Model"] = "nomic-embed-text",
            ["Embeddings:TimeoutSeconds"] = "5",
        };
    }

    [Fact]
    public async Task Search_FallsBackToLexical_AndSaysWhy()
    {
        var result = await api.GetJsonAsync<JsonElement>("/api/search?q=returns&mode=hybrid&view=full");

        Assert.Equal("lexical", result.GetProperty("mode").GetString());
        Assert.Contains("failing", result.GetProperty("fallback").GetString(), StringComparison.Ordinal);
        Assert.NotEmpty(result.GetProperty("hits").EnumerateArray());
    }

    [Fact]
    public async Task Healthz_IsDegraded_NotUnhealthy()
    {
        using var client = api.CreateApiClient();
        using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative), TestContext.Current.CancellationToken);
        var health = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Degraded", health.GetProperty("status").GetString());
        var embeddings = health.GetProperty("checks").GetProperty("embeddings");
        Assert.Equal("Degraded", embeddings.GetProperty("status").GetString());
        Assert.Contains("nomic-embed-text", embeddings.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal("Healthy", health.GetProperty("checks").GetProperty("corpus").GetProperty("status").GetString());
    }
}

/// <summary>An endpoint whose vectors are not the length configured: degraded, with both lengths named.</summary>
public sealed class WrongDimensionsApiTests(WrongDimensionsApiTests.Factory api) : IClassFixture<WrongDimensionsApiTests.Factory>
{
    public sealed class Factory : FakeEmbeddingServerFactory
    {
        protected override IReadOnlyDictionary<string, string> EmbeddingSettings => new Dictionary<string, string>
        {
            ["Embeddings:Dimensions"] = "768",
        };
    }

    [Fact]
    public async Task Healthz_NamesBothLengths_AndSearchStaysLexical()
    {
        var health = await api.GetJsonAsync<JsonElement>("/healthz");
        var search = await api.GetJsonAsync<JsonElement>("/api/search?q=returns&view=full");

        var embeddings = health.GetProperty("checks").GetProperty("embeddings");
        Assert.Equal("Degraded", embeddings.GetProperty("status").GetString());
        Assert.Contains("returned vectors of 384 dimensions; Embeddings:Dimensions is 768", embeddings.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal("lexical", search.GetProperty("mode").GetString());
        Assert.NotEmpty(search.GetProperty("hits").EnumerateArray());
    }
}

/// <summary>
/// The host with the OpenAI-compatible provider pointed at a <see cref="FakeEmbeddingServer"/> (model "fake-minilm")
/// started before it and stopped after it; <see cref="EmbeddingSettings"/> adds a test's own settings.
/// </summary>
public abstract class FakeEmbeddingServerFactory : ArchiveApiFactory
{
    private FakeEmbeddingServer? _server;

    public FakeEmbeddingServer Embedder => _server ?? throw new InvalidOperationException("not started");

    protected abstract IReadOnlyDictionary<string, string> EmbeddingSettings { get; }

    /// <summary>Sets the server up (e.g. failing) before the host first calls it.</summary>
    protected virtual void Prepare(FakeEmbeddingServer server)
    {
    }

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>(EmbeddingSettings)
    {
        ["Embeddings:Provider"] = "openai",
        ["Embeddings:Endpoint"] = Embedder.Endpoint.ToString(),
        ["Embeddings:Model"] = "fake-minilm",
    };

    public override async ValueTask InitializeAsync()
    {
        _server = await FakeEmbeddingServer.StartAsync();
        Prepare(_server);
        await base.InitializeAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}
