using System.CommandLine;
using Archive.Cli.Hosting;
using Archive.Cli.Ingest;
using Archive.Core.Embeddings;
using Archive.Core.Indexing;
using Archive.Core.Ingestion;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Cli.Index;

/// <summary>
/// <c>archive index [--corpus dir] [--index dir] [--force]</c>: builds a new index generation beside the old one
/// and switches to it atomically; a running server picks it up without a restart. Only the files changed since the
/// current generation are read, unless <c>--force</c> asks for every one.
/// </summary>
internal static class IndexCommand
{
    public static Command Create(CliConsole console)
    {
        var corpus = new Option<DirectoryInfo>("--corpus") { Description = "The corpus folder (default: corpus/ of this checkout)." };
        var index = new Option<DirectoryInfo>("--index") { Description = "The index folder (default: index/ of this checkout)." };
        var force = new Option<bool>("--force") { Description = "Read every file and write the whole index again, even when it is fresh (after installing OCR tools, say)." };
        var limits = new ExtractionLimitOptions();
        var command = new Command("index", "Build the search index from a corpus, unless it is already fresh.") { corpus, index, force };
        limits.AddTo(command);
        command.SetAction((result, cancellationToken) => RunAsync(
            console,
            result.GetValue(corpus)?.FullName ?? RepositoryDefaults.Corpus,
            result.GetValue(index)?.FullName ?? RepositoryDefaults.Index,
            result.GetValue(force),
            () => limits.BuildServices(result),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, string corpus, string index, bool force, Func<ServiceProvider> buildServices, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(corpus))
        {
            await console.Error.WriteLineAsync($"archive: the corpus folder {corpus} does not exist");
            return 2;
        }

        await using var services = buildServices();
        var store = new IndexStore(index);
        var reason = force ? "rebuild requested" : await services.GetRequiredService<IndexFreshness>().WhyStaleAsync(corpus, store, cancellationToken);
        if (reason is null)
        {
            await console.Output.WriteLineAsync($"The index in {store.Root} is fresh ({store.Current()?.Name}); nothing to do. Use --force to rebuild.");
            return 0;
        }

        await console.Output.WriteLineAsync($"Building the index in {store.Root}: {reason}");
        var progress = new SynchronousProgress<FileReport>(r => console.Output.WriteLine(IngestReportText.Line(r)));
        var embedding = new SynchronousProgress<EmbeddingProgress>(p =>
        {
            if (p.Done == p.Total || p.Done % 1024 < 64)
            {
                console.Output.WriteLine($"Embedded {p.Done} of {p.Total} paragraphs");
            }
        });
        var built = await services.GetRequiredService<IndexBuilder>().BuildAsync(corpus, store, progress, cancellationToken, embedding, full: force);
        var read = built.Manifest.FilesRead switch
        {
            var all when all == built.Report.Files.Count => "every file read",
            1 => "1 file read, the others unchanged",
            var some => $"{some} files read, the others unchanged",
        };
        await console.Output.WriteLineAsync(
            $"Index generation {built.Generation.Name}: {built.Manifest.Documents} documents, {built.Manifest.Paragraphs} paragraphs ({read}); {IngestReportText.Summary(built.Report)}");
        var embeddings = services.GetRequiredService<EmbeddingService>();
        await console.Output.WriteLineAsync(built.Vectors is { } vectors
            ? $"Paragraph vectors ({vectors.Vectors.Model.Key}): {vectors.Embedded} embedded, {vectors.Reused} reused from earlier builds"
            : $"No paragraph vectors: {embeddings.FailureReason ?? "embeddings are off"}; search is lexical");
        return built.Report.AllIngested ? 0 : 1;
    }
}
