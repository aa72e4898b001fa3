using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Archive.Api.Tests;

public sealed class PrecedentEndpointsTests(ArchiveApiFactory api) : IClassFixture<ArchiveApiFactory>
{
    private async Task<(HttpStatusCode Status, string? MediaType, JsonElement Body)> PostAsync(object body)
    {
        using var client = api.CreateApiClient();
        using var response = await client.PostAsJsonAsync(new Uri("/api/precedent", UriKind.Relative), body, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, JsonDocument.Parse(text).RootElement.Clone());
    }

    [Fact]
    public async Task Draft_ReworkedFromAnAgreedParagraph_FindsIt_WithTheDiffAndTheAgreedSpans()
    {
        var agreed = await api.GetJsonAsync<JsonElement>("/api/paragraphs/bpmc6-2016-cochairs-en/p5");
        var text = agreed.GetProperty("text").GetString()!;
        var words = text.Split(' ');
        var draft = "The Co-Chairs noted that " + string.Join(' ', words.Skip(1).Take(20)) + " without delay, " + string.Join(' ', words.Skip(21));

        var (status, _, body) = await PostAsync(new { text = draft, k = 3 });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("en", body.GetProperty("language").GetString());
        var top = body.GetProperty("precedents")[0];
        Assert.Equal("bpmc6-2016-cochairs-en/p5", top.GetProperty("id").GetString());
        Assert.InRange(top.GetProperty("similarity").GetDouble(), 0.7, 0.999);
        var diff = top.GetProperty("diff").EnumerateArray().Select(r => (Op: r.GetProperty("op").GetString(), Text: r.GetProperty("text").GetString())).ToList();
        Assert.Contains(diff, r => r.Op == "inserted" && r.Text!.Contains("Co-Chairs noted that", StringComparison.Ordinal));
        Assert.Contains(diff, r => r.Op == "inserted" && r.Text!.Contains("without delay", StringComparison.Ordinal));
        Assert.Contains(diff, r => r.Op == "deleted" && r.Text == words[0]);
        static string Letters(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
        Assert.Equal(Letters(draft), Letters(string.Concat(diff.Where(r => r.Op != "deleted").Select(r => r.Text))));
        var spans = top.GetProperty("verbatim").EnumerateArray().ToList();
        Assert.Equal(2, spans.Count);
        Assert.All(spans, s => Assert.True(s.GetProperty("words").GetInt32() >= 6));
        Assert.All(spans, s => Assert.Equal(s.GetProperty("text").GetString(), draft[s.GetProperty("start").GetInt32()..s.GetProperty("end").GetInt32()]));
        Assert.Equal("bpmc6-2016-cochairs-id/p5", top.GetProperty("counterpart").GetProperty("id").GetString());
        Assert.Equal("/documents/bpmc6-2016-cochairs-en#p5", top.GetProperty("permalink").GetString());
        Assert.True(top.GetProperty("sample").GetBoolean());
    }

    [Fact]
    public async Task IndonesianDraft_IsDetected_AndComparedWithIndonesianText()
    {
        var (status, _, body) = await PostAsync(new { text = "Para Menteri sepakat untuk memperkuat kerja sama dalam pemulangan sukarela dan reintegrasi berkelanjutan para migran." });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("id", body.GetProperty("language").GetString());
        var precedents = body.GetProperty("precedents").EnumerateArray().ToList();
        Assert.Equal(5, precedents.Count);
        Assert.All(precedents, p => Assert.Equal("id", p.GetProperty("language").GetString()));
        Assert.All(precedents, p => Assert.Equal("en", p.GetProperty("counterpart").GetProperty("language").GetString()));
        Assert.Equal(precedents.Select(p => p.GetProperty("similarity").GetDouble()).OrderDescending(), precedents.Select(p => p.GetProperty("similarity").GetDouble()));
    }

    [Fact]
    public async Task TooLongDraft_Is413ProblemDetails_SayingTheLimit()
    {
        var (status, mediaType, body) = await PostAsync(new { text = string.Join(' ', Enumerable.Repeat("cooperation", 600)) });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Equal("application/problem+json", mediaType);
        Assert.Equal(5000, body.GetProperty("limit").GetInt32());
        Assert.Contains("5,000 characters", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"text": ""}""", "text is required")]
    [InlineData("""{"text": "two words"}""", "at least 3 words")]
    [InlineData("""{"text": "returns and reintegration", "k": 50}""", "k must be between 1 and 20")]
    [InlineData("""{"text": "returns and reintegration", "lang": "fr"}""", "lang must be en or id")]
    public async Task BadRequest_Is400ProblemDetails_NamingTheField(string json, string message)
    {
        using var client = api.CreateApiClient();
        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(new Uri("/api/precedent", UriKind.Relative), content, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DraftWithAnEmoji_IsCompared_Not500()
    {
        // Found by FuzzingTests: the tokenizer split the emoji's surrogate pair and string.Normalize refused the halves.
        var (status, _, body) = await PostAsync(new { text = "Ministers agreed 🚢 to strengthen cooperation on returns." });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.NotEmpty(body.GetProperty("precedents").EnumerateArray());
    }

    [Fact]
    public async Task MalformedJson_Is400ProblemDetails()
    {
        using var client = api.CreateApiClient();
        using var content = new StringContent("{\"text\": ", System.Text.Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(new Uri("/api/precedent", UriKind.Relative), content, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task BodyOverTheLimit_Is413ProblemDetails_AndTheHostServesOn()
    {
        using var client = api.CreateApiClient();
        var draft = string.Join(' ', Enumerable.Repeat("Ministers agreed to strengthen cooperation on returns.", 40_000));
        using var content = new StringContent($$"""{"text": "{{draft}}"}""", System.Text.Encoding.UTF8, "application/json");
        Assert.True(draft.Length > 1024 * 1024);

        using var response = await client.PostAsync(new Uri("/api/precedent", UriKind.Relative), content, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(body.Contains("at most 1048576 bytes", StringComparison.Ordinal), body);
        using var next = await client.GetAsync(new Uri("/api/about", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
    }
}
