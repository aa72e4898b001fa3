using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Archive.Api.Tests;

/// <summary>An endpoint that fails once (a 503, as a model server does while loading): the request is retried.</summary>
public sealed class TransientFailureApiTests(TransientFailureApiTests.Factory api) : IClassFixture<TransientFailureApiTests.Factory>
{
    public sealed class Factory : FakeEmbeddingServerFactory
    {
        protected override IReadOnlyDictionary<string, string> EmbeddingSettings => new Dictionary<string, string>();
    }

    [Fact]
    public async Task Search_WhenTheEndpointFailsOnce_IsRetriedAndStaysSemantic()
    {
        var failuresBefore = api.Embedder.Failures;
        api.Embedder.FailNext(1);

        var result = await api.GetJsonAsync<JsonElement>("/api/search?q=people%20sent%20home%20safely&mode=semantic&lang=en&k=3&view=full");

        Assert.Equal(failuresBefore + 1, api.Embedder.Failures);
        Assert.True(result.GetProperty("mode").GetString() == "semantic", result.GetProperty("fallback").ToString());
        Assert.Equal(JsonValueKind.Null, result.GetProperty("fallback").ValueKind);
        Assert.Equal(3, result.GetProperty("hits").GetArrayLength());
    }
}

/// <summary>An endpoint that is down when the host starts and comes back: search is lexical, then hybrid again.</summary>
public sealed class RecoveringProviderApiTests(RecoveringProviderApiTests.Factory api) : IClassFixture<RecoveringProviderApiTests.Factory>
{
    public sealed class Factory : FakeEmbeddingServerFactory
    {
        protected override IReadOnlyDictionary<string, string> EmbeddingSettings => new Dictionary<string, string>
        {
            ["Embeddings:RetrySeconds"] = "1",
        };

        protected override void Prepare(FakeEmbeddingServer server) => server.Down = true;
    }

    [Fact]
    public async Task Search_WhileTheEndpointIsDown_IsLexical_AndHybridOnceItAnswersAgain()
    {
        var down = await api.GetJsonAsync<JsonElement>("/api/search?q=returns&mode=hybrid&view=full");
        var degraded = await api.GetJsonAsync<JsonElement>("/healthz");
        Assert.Equal("lexical", down.GetProperty("mode").GetString());
        Assert.True(down.GetProperty("fallback").GetString()!.Contains("503", StringComparison.Ordinal), down.GetProperty("fallback").GetString());
        Assert.Equal("Degraded", degraded.GetProperty("checks").GetProperty("embeddings").GetProperty("status").GetString());
        Assert.True(api.Embedder.Failures >= 3, "a failed call is retried before the provider counts as failing");

        api.Embedder.Down = false;

        // Tried again once Embeddings:RetrySeconds have passed; then the paragraphs are embedded.
        var deadline = Stopwatch.StartNew();
        JsonElement embeddings;
        do
        {
            await Task.Delay(TimeSpan.FromMilliseconds(250), TestContext.Current.CancellationToken);
            embeddings = (await api.GetJsonAsync<JsonElement>("/healthz")).GetProperty("checks").GetProperty("embeddings");
        }
        while (embeddings.GetProperty("status").GetString() != "Healthy" && deadline.Elapsed < TimeSpan.FromSeconds(90));

        Assert.Equal("Healthy", embeddings.GetProperty("status").GetString());
        var up = await api.GetJsonAsync<JsonElement>("/api/search?q=returns&mode=hybrid&view=full");
        Assert.Equal("hybrid", up.GetProperty("mode").GetString());
        Assert.Equal(JsonValueKind.Null, up.GetProperty("fallback").ValueKind);
    }
}

/// <summary>An endpoint slower than Embeddings:TimeoutSeconds: degraded, and the time limit is named.</summary>
public sealed class SlowProviderApiTests(SlowProviderApiTests.Factory api) : IClassFixture<SlowProviderApiTests.Factory>
{
    public sealed class Factory : FakeEmbeddingServerFactory
    {
        protected override IReadOnlyDictionary<string, string> EmbeddingSettings => new Dictionary<string, string>
        {
            ["Embeddings:TimeoutSeconds"] = "0.5",
        };

        protected override void Prepare(FakeEmbeddingServer server) => server.Delay = TimeSpan.FromSeconds(10);
    }

    [Fact]
    public async Task Healthz_NamesTheTimeLimit_AndSearchIsLexical()
    {
        var health = await api.GetJsonAsync<JsonElement>("/healthz");
        var search = await api.GetJsonAsync<JsonElement>("/api/search?q=returns&view=full");

        var embeddings = health.GetProperty("checks").GetProperty("embeddings");
        Assert.Equal("Degraded", embeddings.GetProperty("status").GetString());
        Assert.Contains("did not answer within 0.5 s", embeddings.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal("lexical", search.GetProperty("mode").GetString());
        Assert.NotEmpty(search.GetProperty("hits").EnumerateArray());
    }
}

/// <summary>
/// Logs written while serving a request carry the request id and the index generation in their scope, and a search
/// writes no line of its own at Information: here the only line is the warning of a provider that stopped answering.
/// </summary>
public sealed class RequestLogScopeTests(RequestLogScopeTests.Factory api) : IClassFixture<RequestLogScopeTests.Factory>
{
    public sealed class Factory : FakeEmbeddingServerFactory
    {
        public CapturingLoggerProvider Logs { get; } = new();

        protected override IReadOnlyDictionary<string, string> EmbeddingSettings => new Dictionary<string, string>();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<ILoggerProvider>(Logs));
        }
    }

    [Fact]
    public async Task Search_WhoseProviderFails_LogsOneWarningWithTheRequestAndIndexGenerationInScope()
    {
        var generation = (await api.GetJsonAsync<JsonElement>("/healthz")).GetProperty("checks").GetProperty("corpus")
            .GetProperty("data").GetProperty("indexGeneration").GetString();
        api.Embedder.FailNext(10);

        var result = await api.GetJsonAsync<JsonElement>("/api/search?q=people%20sent%20home%20safely&mode=semantic&lang=en&view=full");

        Assert.Equal("lexical", result.GetProperty("mode").GetString());
        var search = api.Logs.Logs.Where(l => Equals(l.Scopes.GetValueOrDefault("RequestPath"), "/api/search") && l.Category.StartsWith("Archive.", StringComparison.Ordinal)).ToList();
        var warning = Assert.Single(search, l => l.Level >= LogLevel.Information);
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains("Embeddings unavailable", warning.Message, StringComparison.Ordinal);
        Assert.Equal(generation, warning.Scopes["IndexGeneration"]);
        Assert.NotNull(warning.Scopes["RequestId"]);
    }
}
