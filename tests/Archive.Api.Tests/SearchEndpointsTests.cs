using System.Net;
using System.Text.Json;

namespace Archive.Api.Tests;

public sealed class SearchEndpointsTests(ArchiveApiFactory api) : IClassFixture<ArchiveApiFactory>
{
    [Fact]
    public async Task Search_EnglishQuery_ReturnsCitedHighlightedHitsWithCounterparts()
    {
        var result = await api.GetJsonAsync<JsonElement>("/api/search?q=returns%20reintegration&lang=en&k=5&view=full");

        Assert.True(result.GetProperty("total").GetInt32() > 5);
        var hits = result.GetProperty("hits").EnumerateArray().ToList();
        Assert.Equal(5, hits.Count);
        var hit = hits[0];
        Assert.Equal("en", hit.GetProperty("language").GetString());
        Assert.EndsWith(".pdf", hit.GetProperty("source").GetString(), StringComparison.Ordinal);
        Assert.Contains("<mark>", hit.GetProperty("highlight").GetString(), StringComparison.Ordinal);
        Assert.NotEmpty(hit.GetProperty("pages").EnumerateArray());
        Assert.StartsWith(hit.GetProperty("documentId").GetString()!, hit.GetProperty("id").GetString(), StringComparison.Ordinal);
        Assert.Contains("para. " + hit.GetProperty("paragraph").GetString(), hit.GetProperty("citation").GetString(), StringComparison.Ordinal);
        var counterpart = hit.GetProperty("counterpart");
        Assert.Equal("id", counterpart.GetProperty("language").GetString());
        Assert.False(string.IsNullOrEmpty(counterpart.GetProperty("text").GetString()));
        Assert.All(hit.GetProperty("matched").EnumerateArray(), m => Assert.True(m.GetProperty("score").GetDouble() > 0));
        Assert.Contains(hits, h => h.GetProperty("commitments").EnumerateArray().Any(c => c.GetProperty("topics").EnumerateArray().Any(t => t.GetString() == "returns-reintegration")));
    }

    [Fact]
    public async Task Search_ByDefault_ReturnsCompactHits_WithASnippetOfTheMatchingSentences()
    {
        const string url = "/api/search?q=returns%20reintegration&k=10";
        using var client = api.CreateApiClient();
        var compactBody = await client.GetStringAsync(url, TestContext.Current.CancellationToken);
        var fullBody = await client.GetStringAsync(url + "&view=full", TestContext.Current.CancellationToken);

        using var compact = JsonDocument.Parse(compactBody);
        var hits = compact.RootElement.GetProperty("hits").EnumerateArray().ToList();
        Assert.Equal(10, hits.Count);
        string[] compactFields = ["id", "language", "citation", "score", "snippet", "counterpartId", "permalink"];
        Assert.All(hits, h => Assert.Equal(compactFields, h.EnumerateObject().Select(p => p.Name)));
        Assert.All(hits, h => Assert.Contains("<mark>", h.GetProperty("snippet").GetString(), StringComparison.Ordinal));
        Assert.Contains(hits, h => h.GetProperty("counterpartId").GetString() is { Length: > 0 });
        using var full = JsonDocument.Parse(fullBody);
        Assert.Equal(hits.Select(h => h.GetProperty("id").GetString()), full.RootElement.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()));
        Assert.Equal(compact.RootElement.GetProperty("total").GetInt32(), full.RootElement.GetProperty("total").GetInt32());
        Assert.True(compactBody.Length * 3 < fullBody.Length, $"compact {compactBody.Length} bytes, full {fullBody.Length}");
    }

    [Fact]
    public async Task Search_Fields_AddJustTheGroupsAskedFor()
    {
        var result = await api.GetJsonAsync<JsonElement>("/api/search?q=returns&k=3&fields=text,matched");

        var hit = result.GetProperty("hits")[0];
        Assert.False(string.IsNullOrEmpty(hit.GetProperty("text").GetString()));
        Assert.NotEmpty(hit.GetProperty("matched").EnumerateArray());
        foreach (var absent in new[] { "highlight", "title", "documentId", "scores", "counterpart", "commitments", "pages" })
        {
            Assert.False(hit.TryGetProperty(absent, out _), absent);
        }
    }

    [Fact]
    public async Task Search_IndonesianQueryForEnglish_FindsEnglishParagraphs()
    {
        var result = await api.GetJsonAsync<JsonElement>("/api/search?q=penyelundupan%20manusia&lang=en&view=full");

        var hits = result.GetProperty("hits").EnumerateArray().ToList();
        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Equal("en", h.GetProperty("language").GetString()));
    }

    [Fact]
    public async Task Search_Facets_CountTypesLanguagesConferencesAndYears()
    {
        var result = await api.GetJsonAsync<JsonElement>("/api/search?q=ministers&conference=6&view=full");

        var facets = result.GetProperty("facets");
        Assert.Equal(["6"], facets.GetProperty("conference").EnumerateArray().Select(f => f.GetProperty("value").GetString()));
        Assert.Equal(["2016"], facets.GetProperty("year").EnumerateArray().Select(f => f.GetProperty("value").GetString()));
        Assert.Equal(2, facets.GetProperty("type").GetArrayLength());
        Assert.Equal(result.GetProperty("total").GetInt32(), facets.GetProperty("language").EnumerateArray().Sum(f => f.GetProperty("count").GetInt32()));
    }

    [Fact]
    public async Task Search_SortedByDate_PutsNewestFirst()
    {
        var result = await api.GetJsonAsync<JsonElement>("/api/search?q=ministers&sort=date&k=50&view=full");

        var dates = result.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("date").GetString()!).ToList();
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);
    }

    [Theory]
    [InlineData("/api/search?q=%22returns", "a quoted phrase is not closed")]
    [InlineData("/api/search?q=OR%20returns", "OR must stand between two words")]
    [InlineData("/api/search?q=the%20and", "the query has only common words")]
    public async Task Search_MalformedQuery_Returns400SayingWhatIsWrong(string url, string detail)
    {
        using var client = api.CreateApiClient();

        using var response = await client.GetAsync(url, TestContext.Current.CancellationToken);

        var problem = await DocumentEndpointsTests.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("The query cannot be read", problem.GetProperty("title").GetString());
        Assert.Contains(detail, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/search", "q")]
    [InlineData("/api/search?q=returns&lang=fr", "lang")]
    [InlineData("/api/search?q=returns&k=500", "k")]
    [InlineData("/api/search?q=returns&sort=popular", "sort")]
    [InlineData("/api/search?q=returns&from=2020&to=2010", "from")]
    [InlineData("/api/search?q=returns&view=brief", "view")]
    [InlineData("/api/search?q=returns&fields=text,score", "fields")]
    public async Task Search_InvalidParameter_Returns400ValidationProblem(string url, string parameter)
    {
        using var client = api.CreateApiClient();

        using var response = await client.GetAsync(url, TestContext.Current.CancellationToken);

        var problem = await DocumentEndpointsTests.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), problem.ToString());
    }
}
