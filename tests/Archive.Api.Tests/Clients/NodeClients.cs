using Archive.Testing;

namespace Archive.Api.Tests.Clients;

/// <summary>
/// The third-party clients in <c>tests/clients/package.json</c> (pinned, with their lock file), which
/// <c>./test.sh</c> installs with npm into a cache folder outside the checkout and names in
/// <c>ARCHIVE_CLIENTS_PATH</c> (its node_modules folder).
/// </summary>
internal static class NodeClients
{
    /// <summary>The scripts the tests run, in the repository.</summary>
    public static string Scripts => Path.Combine(RepositoryRoot.Path, "tests", "clients");

    /// <summary><c>ARCHIVE_CLIENTS_PATH</c>, else where test.sh puts them.</summary>
    public static string Modules => Environment.GetEnvironmentVariable("ARCHIVE_CLIENTS_PATH") is { Length: > 0 } path
        ? path
        : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "bali-process-archive", "clients", "node_modules");

    /// <summary>A folder for one run: the given scripts copied in beside a link to the installed modules, as a project has them.</summary>
    public static string Workspace(DirectoryInfo folder, params string[] scripts)
    {
        Assert.True(Directory.Exists(Modules), $"the client packages are not installed at {Modules}: run ./test.sh, which installs them");
        foreach (var script in scripts)
        {
            File.Copy(Path.Combine(Scripts, script), Path.Combine(folder.FullName, script));
        }

        File.CreateSymbolicLink(Path.Combine(folder.FullName, "node_modules"), Modules);
        return folder.FullName;
    }

    /// <summary>Runs a package's program (node_modules/.bin) or node itself in the workspace; a non-zero exit fails with its output.</summary>
    public static Task<string> RunAsync(string workspace, string program, params string[] arguments)
    {
        var path = program == "node" ? "node" : Path.Combine(workspace, "node_modules", ".bin", program);
        return ExternalProcess.RunAsync(path, arguments, workspace, new Dictionary<string, string> { ["NO_COLOR"] = "1" }, TestContext.Current.CancellationToken);
    }
}
