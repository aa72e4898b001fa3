using System.Text.Json;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace Archive.Api.Tests.Assistants;

/// <summary>The MCP server at /mcp, driven by the MCP C# client over streamable HTTP against the real host.</summary>
public sealed class McpServerTests(ArchiveApiFactory api) : IClassFixture<ArchiveApiFactory>
{
    private async Task<McpClient> ConnectAsync()
    {
        var http = api.CreateApiClient();
        var transport = new HttpClientTransport(
            new HttpClientTransportOptions { Endpoint = new Uri(http.BaseAddress!, "/mcp"), TransportMode = HttpTransportMode.StreamableHttp },
            http, loggerFactory: null, ownsHttpClient: true);
        return await McpClient.CreateAsync(transport, cancellationToken: TestContext.Current.CancellationToken);
    }

    /// <summary>Where permalinks point: absolute, on the host the MCP request came to.</summary>
    private string DocumentsAddress
    {
        get
        {
            using var http = api.CreateApiClient();
            return new Uri(http.BaseAddress!, "/documents/").AbsoluteUri;
        }
    }

    private static async Task<CallToolResult> CallAsync(McpClient client, string tool, Dictionary<string, object?> arguments) =>
        await client.CallToolAsync(tool, arguments, cancellationToken: TestContext.Current.CancellationToken);

    private static JsonElement Json(CallToolResult result)
    {
        Assert.True(result.IsError is not true, string.Concat(result.Content.OfType<TextContentBlock>().Select(t => t.Text)));
        return JsonDocument.Parse(Assert.IsType<TextContentBlock>(Assert.Single(result.Content)).Text).RootElement.Clone();
    }

    [Fact]
    public async Task Initialize_ListsTheSixReadOnlyTools_WithDescriptions()
    {
        await using var client = await ConnectAsync();

        Assert.Equal("bali-process-archive", client.ServerInfo?.Name);
        var tools = await client.ListToolsAsync(cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(["changes", "cite", "find_precedent", "get_paragraph", "list_commitments", "review_draft", "search_paragraphs"], tools.Select(t => t.Name).Order());
        Assert.All(tools, t => Assert.True(t.Description.Length > 60, t.Name));
        Assert.All(tools, t => Assert.True(t.ProtocolTool.Annotations?.ReadOnlyHint, t.Name));
        var search = tools.Single(t => t.Name == "search_paragraphs").JsonSchema;
        Assert.Contains("query", search.GetProperty("required").EnumerateArray().Select(p => p.GetString()));
        Assert.False(string.IsNullOrEmpty(search.GetProperty("properties").GetProperty("language").GetProperty("description").GetString()));
    }

    [Theory]
    [InlineData("returns reintegration", "en")]
    [InlineData("penyelundupan manusia", "id")]
    public async Task SearchParagraphs_FindsHits_EachWithItsCitationAndPermalink(string query, string language)
    {
        await using var client = await ConnectAsync();

        var body = Json(await CallAsync(client, "search_paragraphs", new() { ["query"] = query, ["language"] = language, ["k"] = 5 }));

        var hits = body.GetProperty("hits").EnumerateArray().ToList();
        Assert.InRange(hits.Count, 1, 5);
        Assert.All(hits, h => Assert.Equal(language, h.GetProperty("language").GetString()));
        Assert.All(hits, h => Assert.False(string.IsNullOrWhiteSpace(h.GetProperty("citation").GetString())));
        Assert.All(hits, h => Assert.StartsWith(DocumentsAddress, h.GetProperty("permalink").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task FindPrecedent_AnEditedParagraph_FindsItsSourceFirst()
    {
        await using var client = await ConnectAsync();
        var agreed = Json(await CallAsync(client, "get_paragraph", new() { ["id"] = "bpmc6-2016-cochairs-en/p5" }));
        Assert.Equal("bpmc6-2016-cochairs-id/p5", agreed.GetProperty("counterpart").GetProperty("id").GetString());
        var words = agreed.GetProperty("text").GetString()!.Split(' ');
        var draft = "The Co-Chairs noted that " + string.Join(' ', words.Skip(1).Take(20)) + " without delay, " + string.Join(' ', words.Skip(21));

        var body = Json(await CallAsync(client, "find_precedent", new() { ["draft"] = draft, ["k"] = 3 }));

        var top = body.GetProperty("precedents")[0];
        Assert.Equal("bpmc6-2016-cochairs-en/p5", top.GetProperty("id").GetString());
        Assert.Equal(DocumentsAddress + "bpmc6-2016-cochairs-en#p5", top.GetProperty("permalink").GetString());
        Assert.False(string.IsNullOrWhiteSpace(top.GetProperty("citation").GetString()));
    }

    [Fact]
    public async Task ReviewDraft_TellsAgreedFromNew_WithTheSourcesPermalink_AndRefusesAnEmptyDraft()
    {
        await using var client = await ConnectAsync();
        var agreed = Json(await CallAsync(client, "get_paragraph", new() { ["id"] = "bpmc6-2016-cochairs-en/p5" })).GetProperty("text").GetString()!;
        string[] paragraphs = [agreed, "Ministers thanked the interpreters and the catering staff of the venue for their long hours."];

        var body = Json(await CallAsync(client, "review_draft", new() { ["paragraphs"] = paragraphs }));
        var empty = await CallAsync(client, "review_draft", new() { ["language"] = "en" });

        var reviewed = body.GetProperty("paragraphs");
        Assert.Equal(["verbatim", "new"], reviewed.EnumerateArray().Select(p => p.GetProperty("status").GetString()));
        Assert.Equal(DocumentsAddress + "bpmc6-2016-cochairs-en#p5", reviewed[0].GetProperty("precedents")[0].GetProperty("permalink").GetString());
        Assert.Equal("bpmc6-2016-cochairs-id/p5", reviewed[0].GetProperty("precedents")[0].GetProperty("counterpart").GetProperty("id").GetString());
        Assert.True(empty.IsError);
        Assert.Contains("paragraphs", Assert.IsType<TextContentBlock>(Assert.Single(empty.Content)).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetParagraph_UnknownId_IsAToolErrorThatSaysWhatIdsLookLike()
    {
        await using var client = await ConnectAsync();

        var result = await CallAsync(client, "get_paragraph", new() { ["id"] = "no-such-document/p1" });

        Assert.True(result.IsError);
        var message = Assert.IsType<TextContentBlock>(Assert.Single(result.Content)).Text;
        Assert.Contains("no-such-document/p1", message, StringComparison.Ordinal);
        Assert.Contains("bpmc6-2016-cochairs-en/p4", message, StringComparison.Ordinal);
        // The server is still there for the next call.
        Assert.Equal("bpmc6-2016-cochairs-en/p5", Json(await CallAsync(client, "get_paragraph", new() { ["id"] = "bpmc6-2016-cochairs-en/p5" })).GetProperty("id").GetString());
    }

    [Fact]
    public async Task Cite_WritesBibTeX_WithTheAbsolutePermalinkOfThisHost()
    {
        await using var client = await ConnectAsync();

        var body = Json(await CallAsync(client, "cite", new() { ["id"] = "bpmc6-2016-cochairs-en/p5", ["format"] = "bibtex", ["language"] = "id" }));

        Assert.Equal("bibtex", body.GetProperty("format").GetString());
        Assert.Equal("id", body.GetProperty("language").GetString());
        var permalink = body.GetProperty("permalink").GetString()!;
        Assert.StartsWith("http://127.0.0.1:", permalink, StringComparison.Ordinal);
        Assert.EndsWith("/documents/bpmc6-2016-cochairs-en#p5", permalink, StringComparison.Ordinal);
        Assert.StartsWith("@", body.GetProperty("citation").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListCommitments_ByTopicAndStrength_AndAnUnknownTopicIsAToolError()
    {
        await using var client = await ConnectAsync();

        var body = Json(await CallAsync(client, "list_commitments", new() { ["topic"] = "returns-reintegration", ["language"] = "en", ["k"] = 5 }));
        var unknown = await CallAsync(client, "list_commitments", new() { ["topic"] = "no-such-topic" });

        var commitments = body.GetProperty("commitments").EnumerateArray().ToList();
        Assert.NotEmpty(commitments);
        Assert.All(commitments, c => Assert.StartsWith(DocumentsAddress, c.GetProperty("permalink").GetString(), StringComparison.Ordinal));
        Assert.True(unknown.IsError);
        Assert.Contains("no-such-topic", Assert.IsType<TextContentBlock>(Assert.Single(unknown.Content)).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changes_SevenToEight_SaysWhatMoved_AndAConferenceWithNoStatementIsAToolError()
    {
        await using var client = await ConnectAsync();

        var body = Json(await CallAsync(client, "changes", new() { ["from"] = "7", ["to"] = "8" }));
        var missing = await CallAsync(client, "changes", new() { ["from"] = "7", ["to"] = "42" });

        var changes = body.GetProperty("changes").EnumerateArray().ToList();
        Assert.Contains(changes, c => c.GetProperty("status").GetString() == "new");
        Assert.All(changes.Where(c => c.GetProperty("status").GetString() == "new"), c => Assert.Equal(JsonValueKind.Null, c.GetProperty("before").ValueKind));
        Assert.All(changes.Select(c => c.GetProperty("after")).Where(a => a.ValueKind != JsonValueKind.Null),
            a => Assert.StartsWith(DocumentsAddress, a.GetProperty("permalink").GetString(), StringComparison.Ordinal));
        Assert.True(missing.IsError);
        Assert.Contains("42", Assert.IsType<TextContentBlock>(Assert.Single(missing.Content)).Text, StringComparison.Ordinal);
    }
}
