using System.Net;
using System.Text.Json;

namespace Archive.Api.Tests;

public sealed class SearchEndpointsTests(ArchiveApiFactory api) : IClassFixture<ArchiveApiFactory>
{
    [Fact]
    public async Task Search_EnglishQuery_ReturnsCitedHighlightedHitsWithCounterparts()
    {
        var result = await api.GetJsonAsync<JsonElement>("/api/search?q=returns%20reintegration&lang=en&k=5");

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
    public async Task Search_IndonesianQueryForEnglish_FindsEnglishParagraphs()
    {
        var result = await api.GetJsonAsync<JsonElement>("/api/search?q=penyelundupan%20manusia&lang=en");

        var hits = result.GetProperty("hits").EnumerateArray().ToList();
        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Equal("en", h.GetProperty("language").GetString()));
    }

    [Fact]
    public async Task Search_Facets_CountTypesLanguagesConferencesAndYears()
    {
        var result = await api.GetJsonAsync<JsonElement>("/api/search?q=ministers&conference=6");

        var facets = result.GetProperty("facets");
        Assert.Equal(["6"], facets.GetProperty("conference").EnumerateArray().Select(f => f.GetProperty("value").GetString()));
        Assert.Equal(["2016"], facets.GetProperty("year").EnumerateArray().Select(f => f.GetProperty("value").GetString()));
        Assert.Equal(2, facets.GetProperty("type").GetArrayLength());
        Assert.Equal(result.GetProperty("total").GetInt32(), facets.GetProperty("language").EnumerateArray().Sum(f => f.GetProperty("count").GetInt32()));
    }

    [Fact]
    public async Task Search_SortedByDate_PutsNewestFirst()
    {
        var result = await api.GetJsonAsync<JsonElement>("/api/search?q=ministers&sort=date&k=50");

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
    [InlineData("/api/search", "Q")]
    [InlineData("/api/search?q=returns&lang=fr", "Lang")]
    [InlineData("/api/search?q=returns&k=500", "K")]
    [InlineData("/api/search?q=returns&sort=popular", "Sort")]
    [InlineData("/api/search?q=returns&from=2020&to=2010", "From")]
    public async Task Search_InvalidParameter_Returns400ValidationProblem(string url, string parameter)
    {
        using var client = api.CreateApiClient();

        using var response = await client.GetAsync(url, TestContext.Current.CancellationToken);

        var problem = await DocumentEndpointsTests.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), problem.ToString());
    }
}
