using Archive.Testing;

namespace Archive.Api.Tests.Clients;

/// <summary>
/// The API document as the clients users already have read it: Redocly's linter on its recommended rules, and a
/// typed TypeScript client generated from it (openapi-typescript, openapi-fetch) that must compile and whose every
/// answer from the real service must be what the document declares (status, media type, schema).
/// </summary>
public sealed class OpenApiClientTests(ArchiveApiFactory api) : IClassFixture<ArchiveApiFactory>, IDisposable
{
    private static readonly string Document = Path.Combine(RepositoryRoot.Path, "src", "Archive.Api", "openapi.json");

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("archive-clients-");

    [Fact]
    public async Task CommittedDocument_IsWhatTheServiceServes()
    {
        using var client = api.CreateApiClient();

        var served = await client.GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken);

        Assert.Equal(Normalised(await File.ReadAllTextAsync(Document, TestContext.Current.CancellationToken)), Normalised(served));
    }

    [Fact]
    public async Task RedoclyLint_RecommendedRules_FindsNoError()
    {
        var workspace = NodeClients.Workspace(_folder);

        // Redocly exits non-zero on any error; warnings (a licence, a 4xx on the constant about) are printed.
        var report = await NodeClients.RunAsync(workspace, "redocly", "lint", "--format=stylish", Document);

        Assert.DoesNotContain(" error ", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GeneratedTypedClient_Compiles_AndEveryAnswerIsAsTheDocumentDeclares()
    {
        var workspace = NodeClients.Workspace(_folder, "typed-client.ts", "tsconfig.json", "package.json");
        await NodeClients.RunAsync(workspace, "openapi-typescript", Document, "-o", "api.d.ts");
        await NodeClients.RunAsync(workspace, "tsc", "-p", ".");
        using var client = api.CreateApiClient();

        var output = await NodeClients.RunAsync(workspace, "node", "out/typed-client.js", client.BaseAddress!.ToString(), Document);

        Assert.Contains("every answer as the document declares it", output, StringComparison.Ordinal);
        Assert.Contains("ok GET /api/paragraphs/{id} -> 200", output, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Delete(recursive: true);

    // Compared as JSON: the build writes it indented, the service compactly.
    private static string Normalised(string json) => System.Text.Json.Nodes.JsonNode.Parse(json)!.ToJsonString();
}
