using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Archive.Api.Tests;

/// <summary>JSON goes out compressed when the client accepts it (Brotli first, else gzip), and plain when it does not.</summary>
public sealed class ResponseCompressionTests(ArchiveApiFactory api) : IClassFixture<ArchiveApiFactory>
{
    private const string Search = "/api/search?q=returns%20reintegration&k=10&view=full";

    [Theory]
    [InlineData("br", "br")]
    [InlineData("gzip", "gzip")]
    [InlineData("gzip, deflate, br", "br")]
    public async Task Search_AcceptingCompression_IsCompressedAndDecodesToTheSameJson(string accept, string expected)
    {
        var plain = await GetAsync(null);
        var compressed = await GetAsync(accept);

        Assert.Empty(plain.Encoding);
        Assert.Equal([expected], compressed.Encoding);
        var decoded = Decode(compressed.Body, expected);
        Assert.True(compressed.Body.Length * 3 < plain.Body.Length, $"{compressed.Body.Length} bytes compressed, {plain.Body.Length} plain");
        Assert.True(JsonElement.DeepEquals(Parse(plain.Body).RootElement, Parse(decoded).RootElement));
    }

    private async Task<(byte[] Body, IReadOnlyList<string> Encoding)> GetAsync(string? acceptEncoding)
    {
        using var client = api.CreateApiClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, Search);
        if (acceptEncoding is not null)
        {
            foreach (var value in acceptEncoding.Split(", "))
            {
                request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(value));
            }
        }

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken), [.. response.Content.Headers.ContentEncoding]);
    }

    private static byte[] Decode(byte[] body, string encoding)
    {
        using var input = new MemoryStream(body);
        using Stream decoder = encoding == "br" ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        decoder.CopyTo(output);
        return output.ToArray();
    }

    private static JsonDocument Parse(byte[] body) => JsonDocument.Parse(body);
}
