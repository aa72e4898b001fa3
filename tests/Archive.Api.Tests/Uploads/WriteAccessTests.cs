using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Archive.Api.Tests.Uploads;

/// <summary>With no key configured, writes are off and say how to turn them on; reads are unaffected.</summary>
public sealed class WritesOffTests(ArchiveApiFactory api) : IClassFixture<ArchiveApiFactory>
{
    [Theory]
    [InlineData("POST", "/api/documents")]
    [InlineData("PUT", "/api/documents/bpmc6-2016-cochairs-en")]
    [InlineData("DELETE", "/api/documents/bpmc6-2016-cochairs-en")]
    public async Task Write_WithNoKeyConfigured_Is403SayingHowToEnableWrites(string method, string url)
    {
        using var client = api.CreateApiClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", "any-key-at-all-0123456789");
        using var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = UploadApiFactory.Fields(("title", "x")) };

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal("Writes are off", problem.GetProperty("title").GetString());
        Assert.Contains("Archive__ApiKeys__0", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/documents/bpmc6-2016-cochairs-en", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task FollowUpWrite_WithNoKeyConfigured_Is403AndReadsStayOpen()
    {
        using var client = api.CreateApiClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", "any-key-at-all-0123456789");
        const string url = "/api/commitments/bpmc6-2016-cochairs-en/p5/c1/follow-up";

        using var response = await client.PutAsJsonAsync(url, new { status = "implemented" }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("Writes are off", (await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url, TestContext.Current.CancellationToken)).StatusCode);
    }
}

/// <summary>A host that allows two writes a minute per key.</summary>
public sealed class RateLimitedApiFactory : UploadApiFactory
{
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>(base.Settings)
    {
        ["Archive:WritesPerMinute"] = "2",
    };
}

/// <summary>Writes past the per-key limit are 429 with Retry-After; another key still writes.</summary>
public sealed class WriteRateLimitTests(RateLimitedApiFactory api) : IClassFixture<RateLimitedApiFactory>
{
    [Fact]
    public async Task Writes_PastTheLimit_Are429WithRetryAfter_PerKey()
    {
        var cancellation = TestContext.Current.CancellationToken;
        using var secretariat = api.CreateWriterClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await secretariat.DeleteAsync($"/api/documents/no-such-document-{i}-en", cancellation);
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                var seconds = Assert.IsType<TimeSpan>(response.Headers.RetryAfter?.Delta);
                Assert.InRange(seconds.TotalSeconds, 1, 60);
                var problem = await response.Content.ReadFromJsonAsync<JsonElement>(cancellation);
                Assert.Contains("2 writes a minute", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
            }
        }

        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.TooManyRequests], statuses);
        using var researcher = api.CreateWriterClient(UploadApiFactory.ResearcherKey);
        using var other = await researcher.DeleteAsync("/api/documents/no-such-document-en", cancellation);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await secretariat.GetAsync("/api/documents", cancellation)).StatusCode);
    }
}
