using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Archive.Api.Tests.Uploads;
using Archive.Core.Indexing;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Api.Tests.FollowUp;

/// <summary>The follow-up register on the real host, with two API keys and its own database file.</summary>
public sealed class FollowUpEndpointsTests(UploadApiFactory api) : IClassFixture<UploadApiFactory>
{
    [Fact]
    public async Task Put_WithKey_StoresTheRecordAndGetShowsIt()
    {
        var id = await CommitmentIdAsync(0);
        using var writer = api.CreateWriterClient();

        using var response = await writer.PutAsJsonAsync(FollowUp.Url(id),
            new { status = "in-progress", note = "Working group met in May.", evidence = new[] { "https://www.baliprocess.net/", id[..id.LastIndexOf('/')] } },
            TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var record = await api.GetJsonAsync<JsonElement>(FollowUp.Url(id));
        var current = record.GetProperty("current");
        Assert.Equal(id, record.GetProperty("commitmentId").GetString());
        Assert.Equal("in-progress", current.GetProperty("status").GetString());
        Assert.Equal("Working group met in May.", current.GetProperty("note").GetString());
        Assert.Equal(2, current.GetProperty("evidence").GetArrayLength());
        Assert.Equal("secretariat", current.GetProperty("by").GetString());
    }

    [Fact]
    public async Task Put_ByTwoKeys_HistoryShowsBothWithNamesTimesAndChanges()
    {
        var id = await CommitmentIdAsync(1);
        using var secretariat = api.CreateWriterClient();
        using var researcher = api.CreateWriterClient(UploadApiFactory.ResearcherKey);
        var cancellation = TestContext.Current.CancellationToken;

        (await secretariat.PutAsJsonAsync(FollowUp.Url(id), new { status = "not-started" }, cancellation)).EnsureSuccessStatusCode();
        (await researcher.PutAsJsonAsync(FollowUp.Url(id), new { status = "implemented", note = "Done in 2024." }, cancellation)).EnsureSuccessStatusCode();

        var history = (await api.GetJsonAsync<JsonElement>(FollowUp.Url(id))).GetProperty("history").EnumerateArray().ToList();
        Assert.Equal(["secretariat", "researcher"], history.Select(h => h.GetProperty("by").GetString()));
        Assert.Equal(["not-started", "implemented"], history.Select(h => h.GetProperty("status").GetString()));
        Assert.True(history[0].GetProperty("at").GetDateTimeOffset() <= history[1].GetProperty("at").GetDateTimeOffset());
        Assert.Equal(["status", "note"], history[1].GetProperty("changed").EnumerateArray().Select(c => c.GetString()));
    }

    [Fact]
    public async Task Get_NeverWritten_HasNoCurrentRecordAndEmptyHistory()
    {
        var record = await api.GetJsonAsync<JsonElement>(FollowUp.Url(await CommitmentIdAsync(2)));

        Assert.Equal(JsonValueKind.Null, record.GetProperty("current").ValueKind);
        Assert.Equal(0, record.GetProperty("history").GetArrayLength());
    }

    [Fact]
    public async Task Get_IdEscapedAsOneSegment_FindsTheSameRecord()
    {
        var id = await CommitmentIdAsync(3);
        using var writer = api.CreateWriterClient();
        (await writer.PutAsJsonAsync(FollowUp.Url(id), new { status = "superseded" }, TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();

        var record = await api.GetJsonAsync<JsonElement>($"/api/commitments/{Uri.EscapeDataString(id)}/follow-up");

        Assert.Equal("superseded", record.GetProperty("current").GetProperty("status").GetString());
    }

    [Fact]
    public async Task GetCommitment_StillAnswersBesideTheFollowUpRoute()
    {
        var id = await CommitmentIdAsync(0);

        var detail = await api.GetJsonAsync<JsonElement>("/api/commitments/" + id);

        Assert.Equal(id, detail.GetProperty("commitment").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Put_WithoutKey_Is401ProblemDetails()
    {
        using var client = api.CreateApiClient();

        using var response = await client.PutAsJsonAsync(FollowUp.Url(await CommitmentIdAsync(0)), new { status = "implemented" }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(401, (await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("status").GetInt32());
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("PUT")]
    public async Task FollowUp_UnknownCommitment_Is404ProblemDetails(string method)
    {
        using var client = api.CreateWriterClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), FollowUp.Url("bpmc6-2016-cochairs-en/p5/c99"))
        {
            Content = JsonContent.Create(new { status = "implemented" }),
        };

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Commitment not found", (await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("""{"status":"done"}""", "Status")]
    [InlineData("""{"note":"no status"}""", "Status")]
    [InlineData("""{"status":"implemented","evidence":["ftp://example.org/report"]}""", "evidence[0]")]
    [InlineData("""{"status":"implemented","evidence":["https://example.org/", "no-such-document/p1"]}""", "evidence[1]")]
    public async Task Put_BadBody_Is400ValidationProblemNamingTheField(string body, string field)
    {
        var id = await CommitmentIdAsync(4);
        using var client = api.CreateWriterClient();

        using var response = await client.PutAsync(FollowUp.Url(id), new StringContent(body, System.Text.Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Contains(problem.GetProperty("errors").EnumerateObject(), e => e.Name.Equals(field, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(0, (await api.GetJsonAsync<JsonElement>(FollowUp.Url(id))).GetProperty("history").GetArrayLength());
    }

    [Fact]
    public async Task Csv_ListsEveryRecordWithAHeaderAndQuoting()
    {
        var id = await CommitmentIdAsync(5);
        using var writer = api.CreateWriterClient();
        (await writer.PutAsJsonAsync(FollowUp.Url(id), new { status = "in-progress", note = "Met twice, \"informally\", in Bali" }, TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();

        using var client = api.CreateApiClient();
        using var response = await client.GetAsync("/api/follow-up.csv", TestContext.Current.CancellationToken);
        var lines = (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).TrimStart('\uFEFF').Split("\r\n");

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("CommitmentId,Lineage,Conference,Status,Note,Evidence,UpdatedBy,UpdatedAt", lines[0]);
        Assert.Contains(lines, l => l.StartsWith(id + ",", StringComparison.Ordinal)
            && l.Contains(",in-progress,\"Met twice, \"\"informally\"\", in Bali\",,secretariat,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Record_AfterAnIndexRebuild_IsStillThere()
    {
        var cancellation = TestContext.Current.CancellationToken;
        var id = await CommitmentIdAsync(6);
        using var writer = api.CreateWriterClient();
        (await writer.PutAsJsonAsync(FollowUp.Url(id), new { status = "implemented" }, cancellation)).EnsureSuccessStatusCode();
        var live = api.Services.GetRequiredService<LiveIndex>();
        var before = live.GenerationName;

        await api.Services.GetRequiredService<IndexBuilder>().BuildAsync(api.CorpusPath, new IndexStore(api.IndexPath), null, cancellation);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (live.GenerationName == before && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50, cancellation);
        }

        Assert.NotEqual(before, live.GenerationName);
        var record = await api.GetJsonAsync<JsonElement>(FollowUp.Url(id));
        Assert.Equal("implemented", record.GetProperty("current").GetProperty("status").GetString());
    }

    /// <summary>
    /// A commitment of a different record per test (records are shared by a lineage at a conference), so tests sharing
    /// the host do not see each other's records.
    /// </summary>
    private async Task<string> CommitmentIdAsync(int index)
    {
        var list = await api.GetJsonAsync<JsonElement>("/api/commitments?lang=en&k=200");
        return list.GetProperty("commitments").EnumerateArray()
            .DistinctBy(c => (c.GetProperty("lineageId").GetString() ?? c.GetProperty("paragraphId").GetString(), c.GetProperty("conference").GetInt32()))
            .ElementAt(index).GetProperty("id").GetString()!;
    }
}
