using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Archive.Testing;

namespace Archive.Api.Tests;

public sealed class DocumentEndpointsTests(ArchiveApiFactory api) : IClassFixture<ArchiveApiFactory>
{
    [Fact]
    public async Task ListDocuments_SampleCorpus_ListsEveryDocumentOldestFirst()
    {
        var documents = await api.GetJsonAsync<JsonElement[]>("/api/documents");

        Assert.Equal(SampleCorpus.Documents, documents.Length);
        Assert.Equal("bpmc3-2009-cochairs-en", documents[0].GetProperty("id").GetString());
        Assert.All(documents, d => Assert.True(d.GetProperty("sample").GetBoolean()));
        var dates = documents.Select(d => d.GetProperty("date").GetString()).ToList();
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
    }

    [Fact]
    public async Task ListDocuments_Filtered_ReturnsOnlyMatchingDocuments()
    {
        var documents = await api.GetJsonAsync<JsonElement[]>("/api/documents?lang=id&conference=6&type=declaration");

        var document = Assert.Single(documents);
        Assert.Equal("bpmc6-2016-declaration-id", document.GetProperty("id").GetString());
        Assert.Equal("bpmc6-2016-declaration-en", document.GetProperty("counterpartId").GetString());
        Assert.Equal("Nusa Dua, Bali", document.GetProperty("place").GetString());
    }

    [Fact]
    public async Task GetDocument_KnownId_ReturnsParagraphsWithCitationsPagesAndCounterparts()
    {
        var document = await api.GetJsonAsync<JsonElement>("/api/documents/bpmc6-2016-cochairs-en");

        Assert.Equal("bpmc6-2016-cochairs-en.pdf", document.GetProperty("source").GetString());
        var paragraphs = document.GetProperty("paragraphs").EnumerateArray().ToList();
        var p4 = paragraphs.Single(p => p.GetProperty("anchor").GetString() == "p4");
        Assert.Equal("bpmc6-2016-cochairs-en/p4", p4.GetProperty("id").GetString());
        Assert.Equal("4", p4.GetProperty("number").GetString());
        Assert.Equal("bpmc6-2016-cochairs-id/p4", p4.GetProperty("counterpartId").GetString());
        Assert.Equal("/documents/bpmc6-2016-cochairs-en#p4", p4.GetProperty("permalink").GetString());
        Assert.EndsWith("Nusa Dua, Bali, 23 March 2016, para. 4", p4.GetProperty("citation").GetString(), StringComparison.Ordinal);
        Assert.NotEmpty(p4.GetProperty("pages").EnumerateArray());
    }

    [Fact]
    public async Task GetDocument_UnknownId_Returns404ProblemDetails()
    {
        using var client = api.CreateApiClient();

        using var response = await client.GetAsync("/api/documents/bpmc99-2099-cochairs-en", TestContext.Current.CancellationToken);

        var problem = await AssertProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Equal("Document not found", problem.GetProperty("title").GetString());
        Assert.Contains("bpmc99-2099-cochairs-en", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListDocuments_UnknownLanguage_Returns400ValidationProblem()
    {
        using var client = api.CreateApiClient();

        using var response = await client.GetAsync("/api/documents?lang=fr", TestContext.Current.CancellationToken);

        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("lang must be \"en\" or \"id\".", problem.GetProperty("errors").GetProperty("lang")[0].GetString());
    }

    [Fact]
    public async Task ListDocuments_MalformedNumber_Returns400ProblemDetailsNamingTheParameter()
    {
        using var client = api.CreateApiClient();

        using var response = await client.GetAsync("/api/documents?conference=sixth", TestContext.Current.CancellationToken);

        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        // In the caller's words: the parameter as the query names it and what it takes, no C# type.
        Assert.Equal("conference must be a whole number; \"sixth\" is not.", problem.GetProperty("detail").GetString());
        Assert.Equal(problem.GetProperty("detail").GetString(), problem.GetProperty("errors").GetProperty("conference")[0].GetString());
    }

    [Fact]
    public async Task UnknownRoute_Returns404ProblemDetails()
    {
        using var client = api.CreateApiClient();

        using var response = await client.GetAsync("/api/nothing-here", TestContext.Current.CancellationToken);

        await AssertProblemAsync(response, HttpStatusCode.NotFound);
    }

    internal static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.True(problem.TryGetProperty("title", out _));
        return problem;
    }
}
