using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Archive.Api.Tests;

/// <summary><c>/api/changes</c> on the real host: every lineage between two conferences, with its clause at each.</summary>
public sealed class ChangeEndpointsTests(ArchiveApiFactory api) : IClassFixture<ArchiveApiFactory>
{
    private static readonly string[] Scale = ["acknowledgement", "encouragement", "tasking", "commitment", "decision"];

    [Theory]
    [InlineData("en")]
    [InlineData("id")]
    public async Task Changes_BetweenTwoConferences_SayHowEachLineageMoved(string lang)
    {
        var result = await api.GetJsonAsync<JsonElement>($"/api/changes?from=7&to=8&lang={lang}");

        var changes = result.GetProperty("changes").EnumerateArray().ToList();
        Assert.NotEmpty(changes);
        Assert.Equal(changes.Count, result.GetProperty("counts").EnumerateObject().Sum(c => c.Value.GetInt32()));
        foreach (var change in changes)
        {
            var status = change.GetProperty("status").GetString();
            var before = change.GetProperty("before");
            var after = change.GetProperty("after");
            Assert.Equal(status is "new" or "resumed", before.ValueKind == JsonValueKind.Null);
            Assert.Equal(status == "dropped", after.ValueKind == JsonValueKind.Null);
            Assert.Equal(status == "resumed", change.GetProperty("resumes").ValueKind != JsonValueKind.Null);
            foreach (var (side, conference) in new[] { (before, 7), (after, 8) }.Where(s => s.Item1.ValueKind != JsonValueKind.Null))
            {
                Assert.Equal(conference, side.GetProperty("conference").GetInt32());
                Assert.Contains($"-{lang}/", side.GetProperty("paragraphId").GetString(), StringComparison.Ordinal);
                Assert.False(string.IsNullOrWhiteSpace(side.GetProperty("text").GetString()));
                Assert.StartsWith("/documents/", side.GetProperty("permalink").GetString(), StringComparison.Ordinal);
                Assert.False(string.IsNullOrWhiteSpace(side.GetProperty("citation").GetString()));
            }

            if (status is "strengthened" or "weakened" or "reaffirmed")
            {
                var move = Array.IndexOf(Scale, after.GetProperty("strength").GetString()) - Array.IndexOf(Scale, before.GetProperty("strength").GetString());
                Assert.Equal(status switch { "strengthened" => 1, "weakened" => -1, _ => 0 }, Math.Sign(move));
            }
        }

        // Every kind of movement is there between these two statements, new ones first.
        Assert.All(new[] { "new", "strengthened", "weakened", "dropped", "reaffirmed" }, s => Assert.True(result.GetProperty("counts").GetProperty(s).GetInt32() > 0, s));
        Assert.Equal("new", changes[0].GetProperty("status").GetString());
    }

    [Fact]
    public async Task Changes_OnOneTopic_KeepOnlyItsLineages()
    {
        var result = await api.GetJsonAsync<JsonElement>("/api/changes?from=6&to=8&topic=returns-reintegration");

        var changes = result.GetProperty("changes").EnumerateArray().ToList();
        Assert.NotEmpty(changes);
        Assert.All(changes, c => Assert.Contains("returns-reintegration", c.GetProperty("topics").EnumerateArray().Select(t => t.GetString())));
    }

    [Theory]
    [InlineData("/api/changes?to=8", "from")]
    [InlineData("/api/changes?from=8&to=7", "to")]
    [InlineData("/api/changes?from=7&to=42", "to")]
    [InlineData("/api/changes?from=7&to=8&topic=no-such-topic", "topic")]
    [InlineData("/api/changes?from=7&to=8&lang=fr", "Lang")]
    public async Task Changes_WithBadParameters_Are400NamingTheParameter(string url, string parameter)
    {
        using var client = api.CreateApiClient();

        using var response = await client.GetAsync(url, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), problem.ToString());
    }
}
