using System.CommandLine;
using Archive.Core.Indexing;

namespace Archive.Cli.Hosting;

/// <summary>The <c>--index</c> option of the commands that read the index, and opening it.</summary>
internal static class IndexOption
{
    public static Option<DirectoryInfo> Create() => new("--index") { Description = "The index folder (default: index/ of this checkout)." };

    /// <summary>Opens the index the option names; false (with a message) when there is none.</summary>
    public static async Task<bool> OpenAsync(LiveIndex live, DirectoryInfo? option, CliConsole console, CancellationToken cancellationToken)
    {
        var folder = option?.FullName ?? RepositoryDefaults.Index;
        if (await live.RefreshAsync(new IndexStore(folder), cancellationToken))
        {
            return true;
        }

        await console.Error.WriteLineAsync($"archive: there is no index in {folder}; build it with: archive index --index {folder}");
        return false;
    }
}
