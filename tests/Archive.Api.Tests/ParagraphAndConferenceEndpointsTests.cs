using System.Net;
using System.Text.Json;
using Archive.Testing;

namespace Archive.Api.Tests;

public sealed class ParagraphAndConferenceEndpointsTests(ArchiveApiFactory api) : IClassFixture<ArchiveApiFactory>
{
    [Fact]
    public async Task GetParagraph_KnownId_ReturnsTextCitationAndCounterpart()
    {
        var paragraph = await api.GetJsonAsync<JsonElement>("/api/paragraphs/bpmc6-2016-cochairs-id/p5");

        Assert.Equal("bpmc6-2016-cochairs-id", paragraph.GetProperty("documentId").GetString());
        Assert.EndsWith("23 Maret 2016, paragraf 5", paragraph.GetProperty("citation").GetString(), StringComparison.Ordinal);
        var counterpart = paragraph.GetProperty("counterpart");
        Assert.Equal("bpmc6-2016-cochairs-en/p5", counterpart.GetProperty("id").GetString());
        Assert.EndsWith("23 March 2016, para. 5", counterpart.GetProperty("citation").GetString(), StringComparison.Ordinal);
        Assert.Equal("/documents/bpmc6-2016-cochairs-id#p5", paragraph.GetProperty("permalink").GetString());
    }

    [Theory]
    [InlineData("/api/paragraphs/bpmc6-2016-cochairs-en%2Fp5", "/api/paragraphs/bpmc6-2016-cochairs-en/p5")]
    [InlineData("/api/paragraphs/bpmc6-2016-cochairs-en%2fp5/cite?format=ris", "/api/paragraphs/bpmc6-2016-cochairs-en/p5/cite?format=ris")]
    [InlineData("/api/commitments/bpmc6-2016-cochairs-en%2Fp5%2Fc1", "/api/commitments/bpmc6-2016-cochairs-en/p5/c1")]
    [InlineData("/api/commitments/bpmc6-2016-cochairs-en%2Fp5%2Fc1/follow-up", "/api/commitments/bpmc6-2016-cochairs-en/p5/c1/follow-up")]
    public async Task IdWithSlashes_EscapedAsAGeneratedClientSendsIt_AnswersAsTheTypedAddressDoes(string escaped, string typed)
    {
        using var client = api.CreateApiClient();

        using var fromClient = await client.GetAsync(escaped, TestContext.Current.CancellationToken);
        using var fromPerson = await client.GetAsync(typed, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, fromPerson.StatusCode);
        Assert.Equal(HttpStatusCode.OK, fromClient.StatusCode);
        Assert.Equal(await fromPerson.Content.ReadAsStringAsync(TestContext.Current.CancellationToken),
            await fromClient.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task GetParagraph_UnknownId_Returns404ProblemDetails()
    {
        using var client = api.CreateApiClient();

        using var response = await client.GetAsync("/api/paragraphs/bpmc6-2016-cochairs-en/p99", TestContext.Current.CancellationToken);

        var problem = await DocumentEndpointsTests.AssertProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Equal("Paragraph not found", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task ListConferences_SampleCorpus_ListsEachConferenceWithItsDocuments()
    {
        var conferences = await api.GetJsonAsync<JsonElement[]>("/api/conferences");

        Assert.Equal(SampleCorpus.Conferences, conferences.Select(c => c.GetProperty("number").GetInt32()));
        var sixth = conferences.Single(c => c.GetProperty("number").GetInt32() == 6);
        Assert.Equal("Sixth Ministerial Conference of the Bali Process", sixth.GetProperty("name").GetString());
        Assert.Equal("Konferensi Tingkat Menteri Bali Process ke-6", sixth.GetProperty("nameId").GetString());
        Assert.Equal("2016-03-23", sixth.GetProperty("date").GetString());
        Assert.Equal(SampleCorpus.Entries.Count(d => d.Conference == 6), sixth.GetProperty("documents").GetArrayLength());
    }

    [Fact]
    public async Task Healthz_ReportsIndexAgeAndCounts()
    {
        var health = await api.GetJsonAsync<JsonElement>("/healthz");

        var data = health.GetProperty("checks").GetProperty("corpus").GetProperty("data");
        Assert.Equal(SampleCorpus.Paragraphs, data.GetProperty("paragraphs").GetInt32());
        Assert.True(data.GetProperty("indexAgeSeconds").GetDouble() >= 0);
        Assert.StartsWith("gen-", data.GetProperty("indexGeneration").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApiReference_IsServed()
    {
        using var client = api.CreateApiClient();

        var page = await client.GetStringAsync("/scalar/v1", TestContext.Current.CancellationToken);

        Assert.Contains("Bali Process Archive API", page, StringComparison.Ordinal);
    }
}
