using System.Net;
using System.Text;
using System.Text.Json;
using Archive.Cli;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace Archive.Api.Tests.Assistants;

/// <summary>
/// One refusal, three hosts: a bad argument gets the same message from the endpoint, the MCP tool (over streamable
/// HTTP against the real host, with the official client) and the command line, each in its own parameter names
/// (REST <c>q</c> and <c>from</c>, the tool's <c>query</c> and <c>fromYear</c>, the command's <c>&lt;query&gt;</c> and
/// <c>--from</c>), because all three ask the one use case.
/// </summary>
public sealed class BadArgumentTests(ArchiveApiFactory api) : IClassFixture<ArchiveApiFactory>
{
    [Theory]
    [InlineData("/api/search", "q", "search_paragraphs", "{}", "search|", "{0} is required: type at least one word.", "q", "query", "<query>")]
    [InlineData("/api/search?q=returns&from=2020&to=2010", "from", "search_paragraphs", """{"query": "returns", "fromYear": 2020, "toYear": 2010}""",
        "search|returns|--from|2020|--to|2010", "{0} must not be later than {1}.", "from|to", "fromYear|toYear", "--from|--to")]
    [InlineData("/api/search?q=returns&k=500", "k", "search_paragraphs", """{"query": "returns", "k": 500}""", "search|returns|--k|500",
        "{0} must be between 1 and 100.", "k", "k", "--k")]
    [InlineData("/api/search?q=returns&lang=fr", "lang", "search_paragraphs", """{"query": "returns", "language": "fr"}""", "search|returns|--lang|fr",
        "{0} must be any, en or id.", "lang", "language", "--lang")]
    [InlineData("/api/search?q=returns&sort=popular", "sort", null, null, "search|returns|--sort|popular",
        "{0} must be relevance, date or date-asc.", "sort", null, "--sort")]
    [InlineData("/api/changes?from=7&to=8&lang=fr", "lang", "changes", """{"from": "7", "to": "8", "language": "fr"}""", "changes|7|8|--lang|fr",
        "{0} must be en or id.", "lang", "language", "--lang")]
    [InlineData("/api/commitments?lang=fr", "lang", "list_commitments", """{"language": "fr"}""", "commitments|--lang|fr",
        "{0} must be en or id.", "lang", "language", "--lang")]
    [InlineData("/api/commitments?k=0", "k", "list_commitments", """{"k": 0}""", null,
        "{0} must be between 1 and 1000.", "k", "k", null)]
    [InlineData("/api/paragraphs/bpmc6-2016-cochairs-en/p5/cite?lang=fr", "lang", "cite", """{"id": "bpmc6-2016-cochairs-en/p5", "language": "fr"}""", null,
        "{0} must be en or id.", "lang", "language", null)]
    [InlineData("/api/paragraphs/bpmc6-2016-cochairs-en/p5/cite?format=docx", "format", "cite", """{"id": "bpmc6-2016-cochairs-en/p5", "format": "docx"}""", null,
        "{0} must be text, bibtex, ris or csl-json.", "format", "format", null)]
    public async Task BadArgument_IsRefusedWithTheEndpointsMessage_InEachCallersNames(
        string url, string field, string? tool, string? toolArguments, string? command, string message, string restNames, string? toolNames, string? commandNames)
    {
        var rest = await RestAsync(url, field);
        var toolSays = tool is null ? null : await ToolAsync(tool, toolArguments!);
        var commandSays = command is null ? null : await CommandAsync([.. command.Split('|'), "--index", api.IndexPath]);

        Assert.Equal(Say(message, restNames), rest);
        Assert.Equal(toolNames is null ? null : Say(message, toolNames), toolSays);
        Assert.Equal(commandNames is null ? null : Say(message, commandNames), commandSays);
    }

    [Fact]
    public async Task Changes_PointsInTheWrongOrder_AreRefusedInEachCallersNames()
    {
        var rest = await RestAsync("/api/changes?from=8&to=7", "to");
        var tool = await ToolAsync("changes", """{"from": "8", "to": "7"}""");
        var command = await CommandAsync(["changes", "8", "7", "--index", api.IndexPath]);

        Assert.StartsWith("to must be later than from: from (8) ends with ", rest, StringComparison.Ordinal);
        Assert.Equal(rest, tool);
        var meetings = rest[rest.IndexOf(" ends with ", StringComparison.Ordinal)..];
        Assert.Equal("<to> must be later than <from>: <from> (8)" + meetings.Replace(", to (7) begins", ", <to> (7) begins", StringComparison.Ordinal), command);
    }

    [Fact]
    public async Task Changes_MissingPoint_IsRefusedAsTheEndpointRefusesIt()
    {
        var rest = await RestAsync("/api/changes?to=8", "from");
        var tool = await ToolAsync("changes", """{"to": "8"}""");

        Assert.StartsWith("from is required: ", rest, StringComparison.Ordinal);
        Assert.Equal(rest, tool);
    }

    [Fact]
    public async Task Commitments_UnknownTopic_IsRefusedWithOneMessage_ByEveryHost()
    {
        var rest = await RestAsync("/api/commitments?topic=weather", "topic");
        var changes = await RestAsync("/api/changes?from=7&to=8&topic=weather", "topic");
        var tool = await ToolAsync("list_commitments", """{"topic": "weather"}""");
        var command = await CommandAsync(["commitments", "--topic", "weather", "--index", api.IndexPath]);

        Assert.StartsWith("unknown topic \"weather\"; the topics are ", rest, StringComparison.Ordinal);
        Assert.Contains("returns-reintegration", rest, StringComparison.Ordinal);
        Assert.Equal(rest, changes);
        Assert.Equal(rest, tool);
        Assert.Equal(rest, command);
    }

    [Theory]
    [InlineData("", """{"draft": ""}""", "{0} is required: the draft paragraph to check.")]
    [InlineData("two words", """{"draft": "two words"}""", "{0} must have at least 3 words to be compared with agreed paragraphs.")]
    public async Task Precedent_BadDraft_IsRefusedWithTheEndpointsMessage_InEachCallersNames(string draft, string toolArguments, string message)
    {
        var rest = await PrecedentRestAsync(JsonSerializer.Serialize(new { text = draft }), HttpStatusCode.BadRequest, "text");
        var tool = await ToolAsync("find_precedent", toolArguments);
        var command = await CommandAsync(["precedent", "--file", await DraftFileAsync(draft), "--index", api.IndexPath]);

        Assert.Equal(Say(message, "text"), rest);
        Assert.Equal(Say(message, "draft"), tool);
        Assert.Equal(Say(message, "the draft in --file"), command);
    }

    [Fact]
    public async Task Precedent_BadK_IsRefusedWithTheEndpointsMessage_InEachCallersNames()
    {
        const string draft = "Ministers agreed to strengthen cooperation on returns.";

        var rest = await PrecedentRestAsync(JsonSerializer.Serialize(new { text = draft, k = 50 }), HttpStatusCode.BadRequest, "k");
        var tool = await ToolAsync("find_precedent", JsonSerializer.Serialize(new { draft, k = 50 }));
        var command = await CommandAsync(["precedent", "--file", await DraftFileAsync(draft), "--k", "50", "--index", api.IndexPath]);

        Assert.Equal("k must be between 1 and 20.", rest);
        Assert.Equal("k must be between 1 and 20.", tool);
        Assert.Equal("--k must be between 1 and 20.", command);
    }

    [Fact]
    public async Task Precedent_TooLongDraft_IsRefusedWithOneWordingOfTheLimit()
    {
        var draft = new string('a', 5001);

        var rest = await PrecedentRestAsync(JsonSerializer.Serialize(new { text = draft }), HttpStatusCode.RequestEntityTooLarge, field: null);
        var tool = await ToolAsync("find_precedent", JsonSerializer.Serialize(new { draft }));
        var command = await CommandAsync(["precedent", "--file", await DraftFileAsync(draft), "--index", api.IndexPath]);

        const string expected = "The draft has 5,001 characters; the precedent checker takes one paragraph, at most 5,000 characters. Check it paragraph by paragraph.";
        Assert.Equal(expected, rest);
        Assert.Equal(expected, tool);
        Assert.Equal(expected, command);
    }

    [Fact]
    public async Task Tool_ArgumentOfTheWrongType_IsAToolErrorNamingIt_NotAHiddenOne()
    {
        var tool = await ToolAsync("search_paragraphs", """{"query": "returns", "k": "many"}""");

        Assert.Equal("k must be a whole number.", tool);
    }

    /// <summary>The message with the caller's names put in: <paramref name="names"/> holds them separated by |.</summary>
    private static string Say(string message, string names) => string.Format(System.Globalization.CultureInfo.InvariantCulture, message, names.Split('|'));

    private async Task<string> RestAsync(string url, string field)
    {
        using var client = api.CreateApiClient();
        using var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
        var problem = await DocumentEndpointsTests.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        return problem.GetProperty("errors").GetProperty(field)[0].GetString()!;
    }

    private async Task<string> PrecedentRestAsync(string json, HttpStatusCode status, string? field)
    {
        using var client = api.CreateApiClient();
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(new Uri("/api/precedent", UriKind.Relative), content, TestContext.Current.CancellationToken);
        var problem = await DocumentEndpointsTests.AssertProblemAsync(response, status);
        return field is null ? problem.GetProperty("detail").GetString()! : problem.GetProperty("errors").GetProperty(field)[0].GetString()!;
    }

    private async Task<string> ToolAsync(string tool, string arguments)
    {
        using var http = api.CreateApiClient();
        var transport = new HttpClientTransport(
            new HttpClientTransportOptions { Endpoint = new Uri(http.BaseAddress!, "/mcp"), TransportMode = HttpTransportMode.StreamableHttp },
            http, loggerFactory: null, ownsHttpClient: false);
        await using var client = await McpClient.CreateAsync(transport, cancellationToken: TestContext.Current.CancellationToken);
        var values = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(arguments)!.ToDictionary(p => p.Key, p => (object?)p.Value);

        var result = await client.CallToolAsync(tool, values, cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(result.IsError);
        return Assert.IsType<TextContentBlock>(Assert.Single(result.Content)).Text;
    }

    private static async Task<string> CommandAsync(string[] arguments)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await CliApplication.RunAsync(arguments, output, error, interactive: false, TestContext.Current.CancellationToken);

        Assert.Equal(2, exitCode);
        var line = Assert.Single(error.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
        return line.StartsWith("archive: ", StringComparison.Ordinal) ? line["archive: ".Length..] : line;
    }

    private async Task<string> DraftFileAsync(string draft)
    {
        var file = Path.Combine(Path.GetDirectoryName(api.CorpusPath)!, $"draft-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(file, draft, TestContext.Current.CancellationToken);
        return file;
    }
}
