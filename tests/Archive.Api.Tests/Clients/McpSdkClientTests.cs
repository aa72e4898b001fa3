namespace Archive.Api.Tests.Clients;

/// <summary>
/// The MCP server through the official TypeScript SDK's client, as assistant hosts built on it reach it: every tool
/// called, its structured content validated by the SDK against the tool's output schema, permalinks absolute, pages
/// bounded, and bad arguments refused in the tool's own parameter names (tests/clients/mcp-client.mjs).
/// </summary>
public sealed class McpSdkClientTests(ArchiveApiFactory api) : IClassFixture<ArchiveApiFactory>, IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("archive-mcp-client-");

    [Fact]
    public async Task OfficialTypeScriptClient_CallsEveryTool_AndGetsStructuredResultsWithAbsolutePermalinks()
    {
        var workspace = NodeClients.Workspace(_folder, "mcp-client.mjs", "package.json");
        using var client = api.CreateApiClient();

        var output = await NodeClients.RunAsync(workspace, "node", "mcp-client.mjs", client.BaseAddress!.ToString());

        Assert.Contains("mcp client: every tool answered", output, StringComparison.Ordinal);
        Assert.Contains("ok list_commitments {}", output, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
