using System.CommandLine;
using Archive.Core.Indexing;

namespace Archive.Cli.Hosting;

/// <summary>The <c>--index</c> option of the commands that read the index, and opening it.</summary>
internal static class IndexOption
{
    public static Option<DirectoryInfo> Create() => new("--index") { Description = "The index folder (default: index/ of this checkout)." };

    /// <summary>Opens the index the option names; false (with a message) when there is none.</summary>
    public static async Task<bool> OpenAsync(LiveIndex live, DirectoryInfo? option, CliConsole console, CancellationToken cancellationToken) =>
        await OpenStoreAsync(live, option, console, cancellationToken) is not null;

    /// <summary>Opens the index the option names and returns its store; null (with a message) when there is none.</summary>
    public static async Task<IndexStore?> OpenStoreAsync(LiveIndex live, DirectoryInfo? option, CliConsole console, CancellationToken cancellationToken)
    {
        var folder = option?.FullName ?? RepositoryDefaults.Index;
        var store = new IndexStore(folder);
        if (await live.RefreshAsync(store, cancellationToken))
        {
            return store;
        }

        await console.Error.WriteLineAsync($"archive: there is no index in {folder}; build it with: archive index --index {folder}");
        return null;
    }
}
