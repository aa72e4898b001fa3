using System.Net;
using System.Text;
using System.Text.Json;

namespace Archive.Api.Tests;

public sealed class CommitmentEndpointsTests(ArchiveApiFactory api) : IClassFixture<ArchiveApiFactory>
{
    [Fact]
    public async Task ListCommitments_ByTopicAndLanguage_ReturnsCitedClausesWithLineages()
    {
        var result = await api.GetJsonAsync<JsonElement>("/api/commitments?topic=returns-reintegration&lang=id&k=100");

        var commitments = result.GetProperty("commitments").EnumerateArray().ToList();
        Assert.True(result.GetProperty("total").GetInt32() >= 10);
        Assert.All(commitments, c =>
        {
            Assert.Equal("id", c.GetProperty("language").GetString());
            Assert.Contains(c.GetProperty("topics").EnumerateArray(), t => t.GetProperty("id").GetString() == "returns-reintegration");
            Assert.Contains("Konferensi Tingkat Menteri Bali Process", c.GetProperty("citation").GetString(), StringComparison.Ordinal);
            Assert.False(string.IsNullOrEmpty(c.GetProperty("lineageId").GetString()));
            Assert.Matches(@"^bpmc\d-\d{4}-[a-z]+-id\.(pdf|txt)$", c.GetProperty("source").GetString());
        });
        Assert.Contains(commitments, c => c.GetProperty("strength").GetString() == "decision");
    }

    [Fact]
    public async Task ListCommitments_ByAddresseeAndStrength_FindsTaskingsOfTheRso()
    {
        var result = await api.GetJsonAsync<JsonElement>("/api/commitments?addressee=rso&strength=tasking&lang=en");

        var commitments = result.GetProperty("commitments").EnumerateArray().ToList();
        Assert.NotEmpty(commitments);
        Assert.All(commitments, c => Assert.Equal(("rso", "tasking"), (c.GetProperty("addressee").GetString(), c.GetProperty("strength").GetString())));
        Assert.True(commitments.Select(c => c.GetProperty("conference").GetInt32()).Distinct().Count() >= 3);
    }

    [Fact]
    public async Task GetCommitment_ReturnsItsLineageAsATimeline()
    {
        var list = await api.GetJsonAsync<JsonElement>("/api/commitments?topic=returns-reintegration&lang=en&k=200");
        var linked = list.GetProperty("commitments").EnumerateArray().First(c => c.GetProperty("status").GetString() != "new");

        var detail = await api.GetJsonAsync<JsonElement>("/api/commitments/" + linked.GetProperty("id").GetString());

        var steps = detail.GetProperty("lineage").GetProperty("steps").EnumerateArray().ToList();
        Assert.True(steps.Count >= 2);
        Assert.Equal("new", steps[0].GetProperty("status").GetString());
        var conferences = steps.Select(s => s.GetProperty("conference").GetInt32()).ToList();
        Assert.Equal(conferences.Order(), conferences);
        Assert.Equal(conferences.Count, conferences.Distinct().Count());
        Assert.All(steps.Skip(1), s => Assert.True(s.GetProperty("similarity").GetDouble() > 0));
        // Each step links to its paragraph: /documents/{document}#{anchor} for the paragraph id {document}/{anchor}.
        Assert.All(steps, s => Assert.Equal(
            "/documents/" + s.GetProperty("paragraphId").GetString()!.Replace("/", "#", StringComparison.Ordinal),
            s.GetProperty("permalink").GetString()));
    }

    [Fact]
    public async Task ListCommitments_Csv_IsASpreadsheetReadyFile()
    {
        using var client = api.CreateApiClient();

        using var response = await client.GetAsync("/api/commitments?format=csv&lang=id&topic=online-scams", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).ToList();
        Assert.StartsWith("Id,Conference,Date,Language,DocumentId,Paragraph,Citation,Actor,Addressee,Strength,Topics", lines[0], StringComparison.Ordinal);
        Assert.True(lines.Count > 1);
        Assert.All(lines.Skip(1), l => Assert.Contains(",id,", l, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ListDisagreements_NamesBothVersionsOfEachClause()
    {
        var disagreements = await api.GetJsonAsync<JsonElement[]>("/api/commitments/disagreements");

        Assert.NotEmpty(disagreements);
        Assert.All(disagreements, d =>
        {
            Assert.Contains("-en/", d.GetProperty("english").GetProperty("id").GetString(), StringComparison.Ordinal);
            Assert.Contains("-id/", d.GetProperty("indonesian").GetProperty("id").GetString(), StringComparison.Ordinal);
            Assert.True(d.GetProperty("english").GetProperty("strength").GetString() != d.GetProperty("indonesian").GetProperty("strength").GetString()
                || d.GetProperty("english").GetProperty("addressee").ToString() != d.GetProperty("indonesian").GetProperty("addressee").ToString());
        });
    }

    [Fact]
    public async Task ListTopics_GivesBothLanguagesAndCounts()
    {
        var topics = await api.GetJsonAsync<JsonElement[]>("/api/topics");

        Assert.True(topics.Length >= 15);
        var returns = topics.Single(t => t.GetProperty("id").GetString() == "returns-reintegration");
        Assert.Equal("Pemulangan dan reintegrasi", returns.GetProperty("indonesian").GetString());
        Assert.True(returns.GetProperty("commitmentsEn").GetInt32() > 0);
        Assert.True(returns.GetProperty("commitmentsId").GetInt32() > 0);
    }

    [Theory]
    [InlineData("/api/commitments?topic=weather", "topic")]
    [InlineData("/api/commitments?addressee=nobody", "addressee")]
    [InlineData("/api/commitments?strength=binding", "strength")]
    [InlineData("/api/commitments?format=xlsx", "format")]
    public async Task ListCommitments_BadFilter_Returns400(string url, string parameter)
    {
        using var client = api.CreateApiClient();

        using var response = await client.GetAsync(url, TestContext.Current.CancellationToken);

        var problem = await DocumentEndpointsTests.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), problem.ToString());
    }

    [Fact]
    public async Task GetCommitment_UnknownId_Returns404()
    {
        using var client = api.CreateApiClient();

        using var response = await client.GetAsync("/api/commitments/bpmc6-2016-cochairs-en/p5/c99", TestContext.Current.CancellationToken);

        var problem = await DocumentEndpointsTests.AssertProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Equal("Commitment not found", problem.GetProperty("title").GetString());
    }
}
