using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Archive.Cli;

namespace Archive.Api.Tests;

/// <summary>
/// The CLI's <c>--json</c> and the API's body are one contract (<c>src/Archive.Contracts</c>): on the same index,
/// with the same embeddings (the bundled MiniLM, the default of both), <c>archive search --json</c> prints exactly
/// what <c>GET /api/search</c> returns, <c>archive precedent --json</c> what <c>POST /api/precedent</c> does, and
/// <c>archive changes --json</c> what <c>GET /api/changes</c> does.
/// </summary>
public sealed class CliContractTests(MiniLmApiTests.Factory api) : IClassFixture<MiniLmApiTests.Factory>
{
    [Theory]
    [InlineData("returns reintegration", "en", "hybrid")]
    [InlineData("perdagangan orang", "id", "hybrid")]
    [InlineData("returns reintegration", "en", "lexical")]
    public async Task Search_CliJson_IsTheApiBody(string query, string language, string mode)
    {
        var body = await api.GetJsonAsync<JsonNode>($"/api/search?q={Uri.EscapeDataString(query)}&lang={language}&k=5&mode={mode}&view=full");

        var printed = await CliJsonAsync("search", query, "--index", api.IndexPath, "--lang", language, "--k", "5", "--mode", mode, "--json");

        Assert.Equal(5, body!["hits"]!.AsArray().Count);
        Assert.True(JsonNode.DeepEquals(body, printed), $"the CLI printed\n{printed}\nthe API returned\n{body}");
    }

    [Fact]
    public async Task Precedent_CliJson_IsTheApiBody()
    {
        const string draft = "Ministers agreed to strengthen cooperation on the return and reintegration of people found not to need protection.";
        using var client = api.CreateApiClient();
        using var response = await client.PostAsJsonAsync("/api/precedent", new { text = draft, lang = "en", k = 3 }, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadFromJsonAsync<JsonNode>(TestContext.Current.CancellationToken);
        var file = Path.Combine(api.CorpusPath, "..", "draft.txt");
        await File.WriteAllTextAsync(file, draft, TestContext.Current.CancellationToken);

        var printed = await CliJsonAsync("precedent", "--file", file, "--lang", "en", "--k", "3", "--index", api.IndexPath, "--json");

        Assert.Equal(3, body!["precedents"]!.AsArray().Count);
        Assert.True(JsonNode.DeepEquals(body, printed), $"the CLI printed\n{printed}\nthe API returned\n{body}");
    }

    [Fact]
    public async Task Review_CliJson_IsTheApiBody()
    {
        var word = Archive.Testing.IllustrativeDraft.Word().ToBytes();
        using var client = api.CreateApiClient();
        using var form = new MultipartFormDataContent { { new ByteArrayContent(word), "file", "draft.docx" }, { new StringContent("2"), "k" } };
        using var response = await client.PostAsync("/api/drafts/review", form, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadFromJsonAsync<JsonNode>(TestContext.Current.CancellationToken);
        var file = Path.Combine(api.CorpusPath, "..", "draft.docx");
        await File.WriteAllBytesAsync(file, word, TestContext.Current.CancellationToken);

        var printed = await CliJsonAsync("review", file, "--k", "2", "--index", api.IndexPath, "--json");

        Assert.Equal(12, body!["paragraphs"]!.AsArray().Count);
        Assert.True(JsonNode.DeepEquals(body, printed), $"the CLI printed\n{printed}\nthe API returned\n{body}");
    }

    [Theory]
    [InlineData("en")]
    [InlineData("id")]
    public async Task Changes_CliJson_IsTheApiBody(string language)
    {
        var body = await api.GetJsonAsync<JsonNode>($"/api/changes?from=7&to=8&lang={language}");

        var printed = await CliJsonAsync("changes", "7", "8", "--lang", language, "--index", api.IndexPath, "--json");

        Assert.NotEmpty(body!["changes"]!.AsArray());
        Assert.True(JsonNode.DeepEquals(body, printed), $"the CLI printed\n{printed}\nthe API returned\n{body}");
    }

    private static async Task<JsonNode?> CliJsonAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await CliApplication.RunAsync(args, output, error, interactive: false, TestContext.Current.CancellationToken);
        Assert.True(exitCode == 0, error.ToString());
        return JsonNode.Parse(output.ToString());
    }
}
