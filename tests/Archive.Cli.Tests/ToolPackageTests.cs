using System.Reflection;
using System.Text.Json;
using Archive.Testing;

namespace Archive.Cli.Tests;

/// <summary>
/// The CLI as users install it: packed as a .NET tool from the build the suite just made, installed into a
/// temporary tool path from a folder source only (with its own NuGet cache, so no earlier package is reused), and
/// run as <c>archive</c>.
/// </summary>
public sealed class ToolPackageTests : IDisposable
{
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("archive-tool-");

    public void Dispose() => _work.Delete(recursive: true);

    [Fact]
    public async Task Tool_PackedAndInstalled_RunsHelpAndBuildsAndSearchesAnIndex()
    {
        var packages = Path.Combine(_work.FullName, "packages");
        var tools = Path.Combine(_work.FullName, "tools");
        var configuration = typeof(ToolPackageTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;
        var project = Path.Combine(RepositoryRoot.Path, "src", "Archive.Cli", "Archive.Cli.csproj");
        var config = Path.Combine(_work.FullName, "nuget.config");
        await File.WriteAllTextAsync(config, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{packages}" />
              </packageSources>
            </configuration>
            """, TestContext.Current.CancellationToken);

        await RunAsync("dotnet", "pack", project, "-c", configuration, "--no-build", "-o", packages);
        await RunAsync("dotnet", "tool", "install", "Archive.Cli", "--tool-path", tools, "--configfile", config);
        var archive = Path.Combine(tools, "archive");
        var help = await RunAsync(archive, "--help");
        var index = Path.Combine(_work.FullName, "index");
        var built = await RunAsync(archive, "index", "--corpus", RepositoryRoot.Corpus, "--index", index);
        var search = await RunAsync(archive, "search", "kerja paksa", "--index", index, "--lang", "en", "--k", "2", "--json");

        Assert.Contains("Usage:", help, StringComparison.Ordinal);
        Assert.Contains("precedent", help, StringComparison.Ordinal);
        Assert.Contains($"{SampleCorpus.Documents} documents, {SampleCorpus.Paragraphs} paragraphs", built, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(search);
        Assert.Equal(2, json.RootElement.GetProperty("hits").GetArrayLength());
    }

    // Its own package cache, so an Archive.Cli 1.0.0 installed before is not taken for this one; no build servers
    // left behind; embeddings off, so the check is quick.
    private Task<string> RunAsync(string program, params string[] arguments) =>
        ExternalProcess.RunAsync(program, arguments, _work.FullName, new Dictionary<string, string>
        {
            ["NUGET_PACKAGES"] = Path.Combine(_work.FullName, "nuget-cache"),
            ["MSBUILDDISABLENODEREUSE"] = "1",
            ["Embeddings__Provider"] = "none",
        }, TestContext.Current.CancellationToken);
}
