using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CsvHelper;

namespace Archive.Api.Tests;

public sealed class SearchBatchEndpointsTests(ArchiveApiFactory api) : IClassFixture<ArchiveApiFactory>
{
    private const string Batch = "/api/search/batch";

    [Fact]
    public async Task SearchBatch_Json_AnswersEachQueryInOrderAsNdjson()
    {
        using var client = api.CreateApiClient();
        var body = new
        {
            queries = new object[] { "returns reintegration", new { q = "people smuggling", id = "smuggling", lang = "en" }, "\"Regional Support Office\"" },
            k = 3,
        };

        using var response = await client.PostAsJsonAsync(Batch, body, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/x-ndjson", response.Content.Headers.ContentType?.MediaType);
        // Streamed: sent in chunks as each query finishes, not buffered to a length first.
        Assert.True(response.Headers.TransferEncodingChunked);
        var answers = await ReadLinesAsync(response);
        Assert.Equal([0, 1, 2], answers.Select(a => a.GetProperty("index").GetInt32()));
        Assert.Equal(["returns reintegration", "people smuggling", "\"Regional Support Office\""], answers.Select(a => a.GetProperty("query").GetString()));
        Assert.Equal("smuggling", answers[1].GetProperty("id").GetString());
        Assert.All(answers, a => Assert.Equal(3, a.GetProperty("hits").GetArrayLength()));
        Assert.All(answers[1].GetProperty("hits").EnumerateArray(), h => Assert.Equal("en", h.GetProperty("language").GetString()));
        var hit = answers[0].GetProperty("hits")[0];
        Assert.False(string.IsNullOrEmpty(hit.GetProperty("text").GetString()));
        Assert.False(string.IsNullOrEmpty(hit.GetProperty("citation").GetString()));
        Assert.StartsWith("/", hit.GetProperty("permalink").GetString(), StringComparison.Ordinal);
        Assert.True(hit.GetProperty("score").GetDouble() > 0);
    }

    [Fact]
    public async Task SearchBatch_Csv_AcceptCsv_AnswersOneRowPerHitInOrder()
    {
        using var client = api.CreateApiClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, Batch + "?k=2")
        {
            Content = new StringContent("id,q,lang,conference\nr1,returns reintegration,,\nr2,\"people smuggling, trafficking\",en,\nr3,ministers,,6\n", Encoding.UTF8, "text/csv"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var rows = await ReadCsvAsync(response);
        Assert.Equal(["0", "0", "1", "1", "2", "2"], rows.Select(r => r["index"]));
        Assert.Equal(["r1", "r1", "r2", "r2", "r3", "r3"], rows.Select(r => r["id"]));
        Assert.Equal(["1", "2", "1", "2", "1", "2"], rows.Select(r => r["rank"]));
        Assert.Equal("people smuggling, trafficking", rows[2]["query"]);
        Assert.All(rows, r => Assert.NotEmpty(r["hit"]));
        Assert.All(rows, r => Assert.NotEmpty(r["citation"]));
        Assert.All(rows, r => Assert.NotEmpty(r["permalink"]));
        Assert.All(rows, r => Assert.NotEmpty(r["text"]));
        Assert.All(rows, r => Assert.Empty(r["error"]));
        Assert.All(rows.Where(r => r["id"] == "r3"), r => Assert.Contains("6", r["citation"], StringComparison.Ordinal));
    }

    [Fact]
    public async Task SearchBatch_JsonWithFormatCsv_AnswersAsCsv()
    {
        using var client = api.CreateApiClient();

        using var response = await client.PostAsJsonAsync(Batch + "?format=csv", new { queries = new[] { "returns" }, k = 1 }, TestContext.Current.CancellationToken);

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var row = Assert.Single(await ReadCsvAsync(response));
        Assert.Equal(("0", "returns", "1"), (row["index"], row["query"], row["rank"]));
    }

    [Fact]
    public async Task SearchBatch_CsvIn_AnswersAsNdjsonByDefault()
    {
        using var client = api.CreateApiClient();

        using var response = await client.PostAsync(Batch, new StringContent("q\nreturns\ntrafficking\n", Encoding.UTF8, "text/csv"), TestContext.Current.CancellationToken);

        var answers = await ReadLinesAsync(response);
        Assert.Equal(["returns", "trafficking"], answers.Select(a => a.GetProperty("query").GetString()));
        Assert.All(answers, a => Assert.Equal(5, a.GetProperty("hits").GetArrayLength()));
    }

    [Fact]
    public async Task SearchBatch_BadQueriesAmongGood_AnswerWithTheirErrorsAndTheRestGoOn()
    {
        using var client = api.CreateApiClient();
        var body = new
        {
            queries = new object[]
            {
                "returns", "\"returns", new { q = "returns", lang = "fr" }, new { q = "returns", conference = "sixth" },
                new { q = "returns", langauge = "en" }, 5, new { q = "returns", from = 2020, to = 2010 }, "trafficking",
            },
            k = 2,
        };

        using var response = await client.PostAsJsonAsync(Batch, body, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answers = await ReadLinesAsync(response);
        Assert.Equal(Enumerable.Range(0, 8), answers.Select(a => a.GetProperty("index").GetInt32()));
        Assert.Equal([true, false, false, false, false, false, false, true], answers.Select(a => a.TryGetProperty("hits", out _)));
        Assert.Equal(2, answers[7].GetProperty("hits").GetArrayLength());
        var syntax = answers[1].GetProperty("error");
        Assert.Equal("The query cannot be read", syntax.GetProperty("title").GetString());
        Assert.Contains("a quoted phrase is not closed", syntax.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.True(answers[2].GetProperty("error").GetProperty("errors").TryGetProperty("lang", out _));
        Assert.True(answers[3].GetProperty("error").GetProperty("errors").TryGetProperty("conference", out _));
        Assert.True(answers[4].GetProperty("error").GetProperty("errors").TryGetProperty("langauge", out _));
        Assert.True(answers[6].GetProperty("error").GetProperty("errors").TryGetProperty("from", out _));
        Assert.All(answers.Where(a => a.TryGetProperty("error", out _)), a => Assert.False(string.IsNullOrEmpty(a.GetProperty("error").GetProperty("detail").GetString())));
    }

    [Fact]
    public async Task SearchBatch_BadCsvValue_AnswersThatRowWithItsError()
    {
        using var client = api.CreateApiClient();

        using var response = await client.PostAsync(Batch + "?format=csv", new StringContent("q,from,sample\nreturns,,\nreturns,last year,\nreturns,,maybe\n", Encoding.UTF8, "text/csv"), TestContext.Current.CancellationToken);

        var rows = await ReadCsvAsync(response);
        Assert.Equal(["0", "0", "0", "0", "0", "1", "2"], rows.Select(r => r["index"]));
        Assert.Contains("from must be a whole number", rows[5]["error"], StringComparison.Ordinal);
        Assert.Contains("sample must be true or false", rows[6]["error"], StringComparison.Ordinal);
        Assert.Empty(rows[6]["hit"]);
    }

    [Fact]
    public async Task SearchBatch_IndonesianQueries_FindParagraphsInTheLanguageAsked()
    {
        using var client = api.CreateApiClient();
        var body = new { queries = new object[] { new { q = "penyelundupan manusia", lang = "id" }, new { q = "penyelundupan manusia", lang = "en" } }, k = 3 };

        using var response = await client.PostAsJsonAsync(Batch, body, TestContext.Current.CancellationToken);

        var answers = await ReadLinesAsync(response);
        Assert.All(answers[0].GetProperty("hits").EnumerateArray(), h => Assert.Equal("id", h.GetProperty("language").GetString()));
        Assert.All(answers[1].GetProperty("hits").EnumerateArray(), h => Assert.Equal("en", h.GetProperty("language").GetString()));
        Assert.All(answers, a => Assert.Equal(3, a.GetProperty("hits").GetArrayLength()));
    }

    [Fact]
    public async Task SearchBatch_MoreThan500Queries_Returns413ProblemDetails()
    {
        using var client = api.CreateApiClient();

        using var response = await client.PostAsJsonAsync(Batch, new { queries = Enumerable.Repeat("returns", 501) }, TestContext.Current.CancellationToken);

        var problem = await DocumentEndpointsTests.AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(500, problem.GetProperty("limit").GetInt32());
        Assert.Equal(501, problem.GetProperty("length").GetInt32());
    }

    [Fact]
    public async Task SearchBatch_500Queries_AreAllAnswered()
    {
        using var client = api.CreateApiClient();

        using var response = await client.PostAsJsonAsync(Batch, new { queries = Enumerable.Repeat("returns", 500), k = 1 }, TestContext.Current.CancellationToken);

        Assert.Equal(500, (await ReadLinesAsync(response)).Count);
    }

    [Theory]
    [InlineData("{\"queries\": []}", "application/json", "queries")]
    [InlineData("{}", "application/json", "queries")]
    [InlineData("{\"queries\": [\"returns\"], \"k\": 500}", "application/json", "k")]
    [InlineData("q\n", "text/csv", "queries")]
    public async Task SearchBatch_EmptyOrBadK_Returns400ValidationProblem(string body, string contentType, string field)
    {
        using var client = api.CreateApiClient();

        using var response = await client.PostAsync(Batch, new StringContent(body, Encoding.UTF8, contentType), TestContext.Current.CancellationToken);

        var problem = await DocumentEndpointsTests.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Theory]
    [InlineData("{\"queries\": [\"returns\"", "application/json", "The JSON cannot be read")]
    [InlineData("[\"returns\"]", "application/json", "The JSON cannot be read")]
    [InlineData("null", "application/json", "The JSON must be an object")]
    [InlineData("", "application/json", "The JSON cannot be read")]
    [InlineData("query,lang\nreturns,en\n", "text/csv", "has no q column")]
    [InlineData("", "text/csv", "has no q column")]
    [InlineData("q,colour\nreturns,red\n", "text/csv", "\"colour\" is not a search parameter")]
    [InlineData("q,lang\nreturns,en,extra\n", "text/csv", "The CSV cannot be read")]
    public async Task SearchBatch_MalformedBody_Returns400BeforeSearching(string body, string contentType, string detail)
    {
        using var client = api.CreateApiClient();

        using var response = await client.PostAsync(Batch, new StringContent(body, Encoding.UTF8, contentType), TestContext.Current.CancellationToken);

        var problem = await DocumentEndpointsTests.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("The batch cannot be read", problem.GetProperty("title").GetString());
        Assert.Contains(detail, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text/csv", new byte[] { 0xFF, 0xFE, (byte)'q', 0, (byte)'\n', 0, (byte)'a', 0 })]
    [InlineData("text/csv", new byte[] { (byte)'q', (byte)'\n', 0xC3, 0x28, 0xFF, (byte)'\n' })]
    [InlineData("text/csv", new byte[] { (byte)'q', (byte)'\n', (byte)'"', (byte)'a', (byte)'\n' })]
    [InlineData("application/json; charset=utf-16", new byte[] { (byte)'{', 0, (byte)'}', 0 })]
    [InlineData("application/json", new byte[] { (byte)'{', (byte)'"', (byte)'q', 0xC3, 0x28, (byte)'"', (byte)':', (byte)'1', (byte)'}' })]
    public async Task SearchBatch_ByteGarbage_IsAnsweredWithoutAServerError(string contentType, byte[] body)
    {
        using var client = api.CreateApiClient();
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);

        using var response = await client.PostAsync(Batch, content, TestContext.Current.CancellationToken);

        Assert.True((int)response.StatusCode < 500, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)}");
    }

    [Fact]
    public async Task SearchBatch_OtherContentType_Returns415()
    {
        using var client = api.CreateApiClient();

        using var response = await client.PostAsync(Batch, new StringContent("returns", Encoding.UTF8, "text/plain"), TestContext.Current.CancellationToken);

        await DocumentEndpointsTests.AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task SearchBatch_UnknownFormat_Returns400ValidationProblem()
    {
        using var client = api.CreateApiClient();

        using var response = await client.PostAsJsonAsync(Batch + "?format=xml", new { queries = new[] { "returns" } }, TestContext.Current.CancellationToken);

        var problem = await DocumentEndpointsTests.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("format", out _));
    }

    private static async Task<List<JsonElement>> ReadLinesAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement.Clone())];
    }

    private static async Task<List<Dictionary<string, string>>> ReadCsvAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var stream = await response.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken);
        using var csv = CsvReader.Create(stream, new CsvReaderOptions(), leaveOpen: true);
        var headers = csv.Headers.ToList();
        Assert.Equal(["index", "id", "query", "rank", "hit", "citation", "permalink", "score", "text", "error"], headers);
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read())
        {
            rows.Add(headers.Select((h, i) => (h, i)).ToDictionary(p => p.h, p => csv.GetString(p.i), StringComparer.Ordinal));
        }

        return rows;
    }
}
