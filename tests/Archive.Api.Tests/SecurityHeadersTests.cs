using System.Net;

namespace Archive.Api.Tests;

/// <summary>Every response of the real host, page, API, error or health, carries the security headers and no Server header.</summary>
public sealed class SecurityHeadersTests(ArchiveApiFactory api) : IClassFixture<ArchiveApiFactory>
{
    [Theory]
    [InlineData("/", HttpStatusCode.OK)]
    [InlineData("/app.js", HttpStatusCode.OK)]
    [InlineData("/views/search.js", HttpStatusCode.OK)]
    [InlineData("/api/search?q=returns", HttpStatusCode.OK)]
    [InlineData("/api/search?q=%22returns", HttpStatusCode.BadRequest)]
    [InlineData("/api/documents/no-such-document", HttpStatusCode.NotFound)]
    [InlineData("/healthz", HttpStatusCode.OK)]
    [InlineData("/no/such/page", HttpStatusCode.NotFound)]
    public async Task Response_CarriesTheSecurityHeaders_AndNoServerHeader(string path, HttpStatusCode status)
    {
        using var client = api.CreateApiClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(status, response.StatusCode);
        Assert.Empty(response.Headers.Server);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    // With nosniff a browser runs a module only when it comes as JavaScript: the router, the shared module and the views.
    [Theory]
    [InlineData("/app.js")]
    [InlineData("/shared.js")]
    [InlineData("/i18n.js")]
    [InlineData("/views/search.js")]
    [InlineData("/views/disagreements.js")]
    public async Task PageModule_IsServedAsJavaScript(string path)
    {
        using var client = api.CreateApiClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ApiReference_WhichIsGeneratedWithInlineScript_HasNoContentSecurityPolicy()
    {
        using var client = api.CreateApiClient();

        using var response = await client.GetAsync(new Uri("/scalar/v1", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Content-Security-Policy"));
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }
}

/// <summary>A host that lets one other site's pages read the API.</summary>
public sealed class CrossOriginApiFactory : ArchiveApiFactory
{
    public const string Partner = "https://partner.example.org";

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>(base.Settings)
    {
        ["Cors:AllowedOrigins:0"] = Partner,
    };
}

/// <summary>Cross-origin reads only for the origins configured; never writes, never anyone else.</summary>
public sealed class CrossOriginTests(CrossOriginApiFactory api) : IClassFixture<CrossOriginApiFactory>
{
    [Fact]
    public async Task ConfiguredOrigin_MayRead_OthersAndWritesMayNot()
    {
        var cancellation = TestContext.Current.CancellationToken;
        using var client = api.CreateApiClient();

        using var read = new HttpRequestMessage(HttpMethod.Get, "/api/search?q=returns");
        read.Headers.Add("Origin", CrossOriginApiFactory.Partner);
        using var allowed = await client.SendAsync(read, cancellation);
        Assert.Equal(CrossOriginApiFactory.Partner, Assert.Single(allowed.Headers.GetValues("Access-Control-Allow-Origin")));

        using var other = new HttpRequestMessage(HttpMethod.Get, "/api/search?q=returns");
        other.Headers.Add("Origin", "https://elsewhere.example.net");
        using var refused = await client.SendAsync(other, cancellation);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.False(refused.Headers.Contains("Access-Control-Allow-Origin"));

        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/documents/bpmc6-2016-cochairs-en");
        preflight.Headers.Add("Origin", CrossOriginApiFactory.Partner);
        preflight.Headers.Add("Access-Control-Request-Method", "DELETE");
        preflight.Headers.Add("Access-Control-Request-Headers", "x-api-key");
        using var write = await client.SendAsync(preflight, cancellation);
        Assert.False(write.Headers.TryGetValues("Access-Control-Allow-Methods", out var methods) && methods.Any(m => m.Contains("DELETE", StringComparison.Ordinal)));
    }
}
