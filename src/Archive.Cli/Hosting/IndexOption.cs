using System.CommandLine;
using Archive.Core.Embeddings;
using Archive.Core.Indexing;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Cli.Hosting;

/// <summary>The <c>--index</c> option of the commands that read the index, and opening it.</summary>
internal static class IndexOption
{
    public static Option<DirectoryInfo> Create() => new("--index") { Description = "The index folder (default: index/ of this checkout)." };

    /// <summary>
    /// Opens the index the option names with its paragraph vectors when embeddings are on (loading the stored ones,
    /// embedding only those an index built without embeddings lacks); false (with a message) when there is no index.
    /// </summary>
    public static async Task<bool> OpenWithVectorsAsync(IServiceProvider services, DirectoryInfo? option, CliConsole console, CancellationToken cancellationToken)
    {
        var live = services.GetRequiredService<LiveIndex>();
        if (await OpenStoreAsync(live, option, console, cancellationToken) is not { } store)
        {
            return false;
        }

        // With embeddings off, EnsureAsync returns at once without loading anything.
        if (store.Current() is { } generation)
        {
            await services.GetRequiredService<ParagraphVectorStore>().EnsureAsync(generation.Directory, live.Library, null, cancellationToken);
        }

        return true;
    }

    /// <summary>Opens the index the option names and returns its store; null (with a message) when there is none.</summary>
    private static async Task<IndexStore?> OpenStoreAsync(LiveIndex live, DirectoryInfo? option, CliConsole console, CancellationToken cancellationToken)
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
