using System.CommandLine;
using Archive.Core.Indexing;
using Archive.Core.Serving;
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
    public static Task<bool> OpenWithVectorsAsync(IServiceProvider services, DirectoryInfo? option, CliConsole console, CancellationToken cancellationToken) =>
        OpenAsync(services, option, console, ServeSteps.Vectors, cancellationToken);

    /// <summary>Opens the index the option names without its vectors, for a command that reads only its documents.</summary>
    public static Task<bool> OpenDocumentsAsync(IServiceProvider services, DirectoryInfo? option, CliConsole console, CancellationToken cancellationToken) =>
        OpenAsync(services, option, console, ServeSteps.Open, cancellationToken);

    private static async Task<bool> OpenAsync(IServiceProvider services, DirectoryInfo? option, CliConsole console, ServeSteps steps, CancellationToken cancellationToken)
    {
        var folder = option?.FullName ?? RepositoryDefaults.Index;
        // With embeddings off, the vectors step returns at once without loading anything.
        if ((await services.GetRequiredService<IndexServing>().ServeLatestAsync(steps, null, cancellationToken, new IndexStore(folder))).Swapped)
        {
            return true;
        }

        await console.Error.WriteLineAsync($"archive: there is no index in {folder}; build it with: archive index --index {folder}");
        return false;
    }
}
