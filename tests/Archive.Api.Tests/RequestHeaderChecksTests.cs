using System.Net;
using System.Text;
using System.Text.Json;

namespace Archive.Api.Tests;

/// <summary>Headers the framework would throw on are refused with a ProblemDetails; each case was found by FuzzingTests as a 500.</summary>
public sealed class RequestHeaderChecksTests(ArchiveApiFactory api) : IClassFixture<ArchiveApiFactory>
{
    [Fact]
    public async Task Precedent_BodyInAnUnknownCharset_Is415ProblemDetailsNamingIt()
    {
        using var client = api.CreateApiClient();
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes("""{"text": "Ministers agreed to strengthen cooperation."}"""));
        content.Headers.TryAddWithoutValidation("Content-Type", "application/json; charset=bogus");

        using var response = await client.PostAsync(new Uri("/api/precedent", UriKind.Relative), content, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Contains("charset \"bogus\"", body.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/paragraphs/bpmc6-2016-cochairs-en/p4/cite")]
    [InlineData("/openapi/v1.json")]
    public async Task HostHeaderThatIsNoHostName_Is400ProblemDetails(string path)
    {
        using var client = api.CreateApiClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.TryAddWithoutValidation("Host", "xn--");

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Host header", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refusal_ToAClientThatAcceptsNoJson_IsItsStatusInPlainText_Not500()
    {
        using var client = api.CreateApiClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/commitments/disagreements", UriKind.Relative));
        request.Headers.TryAddWithoutValidation("Host", "xn--");
        request.Headers.TryAddWithoutValidation("Accept", "a/b/c");

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Host header", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }
}
