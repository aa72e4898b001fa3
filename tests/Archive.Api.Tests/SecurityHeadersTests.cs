using System.Net;

namespace Archive.Api.Tests;

/// <summary>Every response of the real host, page, API, error or health, carries the security headers and no Server header.</summary>
public sealed class SecurityHeadersTests(ArchiveApiFactory api) : IClassFixture<ArchiveApiFactory>
{
    [Theory]
    [InlineData("/", HttpStatusCode.OK)]
    [InlineData("/app.js", HttpStatusCode.OK)]
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
