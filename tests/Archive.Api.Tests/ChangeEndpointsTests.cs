using System.Net;
using System.Text.Json;

namespace Archive.Api.Tests;

/// <summary>
/// <c>/api/changes</c> on the real host with the sample corpus: every lineage between two meetings (conference
/// numbers, dates, document or meeting ids), with its clause at each, in agreement with the lineages themselves.
/// </summary>
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
    [InlineData("/api/changes?to=8", "from", "from is required")]
    [InlineData("/api/changes?from=8&to=7", "to", "to must be later than from")]
    [InlineData("/api/changes?from=2023&to=2018", "to", "to must be later than from")]
    [InlineData("/api/changes?from=7&to=42", "to", "no document of conference 42")]
    [InlineData("/api/changes?from=2031&to=8", "from", "no meeting of the archive is dated within 2031")]
    [InlineData("/api/changes?from=2019-13&to=8", "from", "\"2019-13\" is not a date")]
    [InlineData("/api/changes?from=bpmc9-2099-cochairs-en&to=8", "from", "no document has the id \"bpmc9-2099-cochairs-en\"")]
    [InlineData("/api/changes?from=7&to=somewhere", "to", "no meeting \"somewhere\"")]
    [InlineData("/api/changes?from=7&to=8&topic=no-such-topic", "topic", "unknown topic")]
    [InlineData("/api/changes?from=7&to=8&lang=fr", "lang", "lang must be en or id")]
    public async Task Changes_WithBadParameters_Are400NamingTheParameter(string url, string parameter, string detail)
    {
        using var client = api.CreateApiClient();

        using var response = await client.GetAsync(url, TestContext.Current.CancellationToken);

        var problem = await DocumentEndpointsTests.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out var messages), problem.ToString());
        Assert.Contains(detail, messages[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changes_ByDateDocumentOrMeetingId_CompareTheMeetingsTheyStandFor()
    {
        var byNumber = await api.GetJsonAsync<JsonElement>("/api/changes?from=7&to=8");
        var byDate = await api.GetJsonAsync<JsonElement>("/api/changes?from=2018&to=2023-02");
        var byIds = await api.GetJsonAsync<JsonElement>("/api/changes?from=bpmc7-2018-cochairs-en&to=bpmc8");

        Assert.Equal("2018", byDate.GetProperty("from").GetProperty("query").GetString());
        foreach (var result in new[] { byNumber, byDate, byIds })
        {
            Assert.Equal("bpmc7", Assert.Single(result.GetProperty("from").GetProperty("meetings").EnumerateArray()).GetProperty("id").GetString());
            Assert.Equal("bpmc8", Assert.Single(result.GetProperty("to").GetProperty("meetings").EnumerateArray()).GetProperty("id").GetString());
            Assert.Equal(Summary(byNumber), Summary(result));
        }
    }

    /// <summary>
    /// Walks every lineage of the sample corpus: between the meetings of two consecutive steps, <c>/api/changes</c>
    /// says what the lineage says of the later step; against the meeting before its first step, it is new; and from a
    /// meeting inside a gap it is resumed, with the step before the gap.
    /// </summary>
    [Theory]
    [InlineData("en")]
    [InlineData("id")]
    public async Task Changes_BetweenTheMeetingsOfEveryLineagesSteps_AgreeWithTheLineage(string lang)
    {
        var meetings = (await api.GetJsonAsync<JsonElement>("/api/meetings")).EnumerateArray().Select(m => m.GetProperty("id").GetString()!).ToList();
        var answers = new Dictionary<(int, int), JsonElement>();
        async Task<JsonElement> ChangeAsync(int from, int to, string lineage)
        {
            if (!answers.TryGetValue((from, to), out var answer))
            {
                answers[(from, to)] = answer = await api.GetJsonAsync<JsonElement>($"/api/changes?from={meetings[from]}&to={meetings[to]}&lang={lang}");
            }

            return Assert.Single(answer.GetProperty("changes").EnumerateArray(), c => c.GetProperty("lineage").GetString() == lineage);
        }

        var (pairs, gaps) = (0, 0);
        foreach (var (lineage, steps) in await LineagesAsync(lang))
        {
            var at = steps.Select(s => meetings.IndexOf(s.GetProperty("meeting").GetProperty("id").GetString()!)).ToList();
            Assert.Equal(at.Order(), at);
            if (at[0] > 0)
            {
                Assert.Equal("new", (await ChangeAsync(at[0] - 1, at[0], lineage)).GetProperty("status").GetString());
            }

            for (var i = 1; i < steps.Count; i++, pairs++)
            {
                var change = await ChangeAsync(at[i - 1], at[i], lineage);
                Assert.Equal(steps[i].GetProperty("status").GetString(), change.GetProperty("status").GetString());
                Assert.Equal(Id(steps[i - 1]), change.GetProperty("before").GetProperty("commitmentId").GetString());
                Assert.Equal(Id(steps[i]), change.GetProperty("after").GetProperty("commitmentId").GetString());
                if (at[i] - at[i - 1] > 1)
                {
                    var resumed = await ChangeAsync(at[i] - 1, at[i], lineage);
                    Assert.Equal("resumed", resumed.GetProperty("status").GetString());
                    Assert.Equal(Id(steps[i - 1]), resumed.GetProperty("resumes").GetProperty("commitmentId").GetString());
                    gaps++;
                }
            }
        }

        Assert.True(pairs > 50 && gaps > 5, $"{pairs} pairs, {gaps} gaps");
    }

    private static string? Id(JsonElement step) => step.GetProperty("commitmentId").GetString();

    private static List<string> Summary(JsonElement result) =>
        [.. result.GetProperty("changes").EnumerateArray().Select(c => $"{c.GetProperty("lineage").GetString()} {c.GetProperty("status").GetString()}")];

    /// <summary>Every lineage of a language with its steps, found through the commitments that belong to one.</summary>
    private async Task<List<(string Lineage, List<JsonElement> Steps)>> LineagesAsync(string lang)
    {
        var list = await api.GetJsonAsync<JsonElement>($"/api/commitments?lang={lang}&k=1000");
        Assert.True(list.GetProperty("total").GetInt32() <= 1000);
        var lineages = new List<(string, List<JsonElement>)>();
        foreach (var first in list.GetProperty("commitments").EnumerateArray()
            .Where(c => c.GetProperty("lineageId").ValueKind == JsonValueKind.String)
            .DistinctBy(c => c.GetProperty("lineageId").GetString()))
        {
            var detail = await api.GetJsonAsync<JsonElement>($"/api/commitments/{first.GetProperty("id").GetString()}");
            var lineage = detail.GetProperty("lineage");
            lineages.Add((lineage.GetProperty("id").GetString()!, [.. lineage.GetProperty("steps").EnumerateArray()]));
        }

        return lineages;
    }
}
