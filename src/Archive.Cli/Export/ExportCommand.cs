using System.CommandLine;
using System.Globalization;
using Archive.Cli.Hosting;
using Archive.Core.Analysis;
using Archive.Core.Embeddings;
using Archive.Core.Export;
using Archive.Core.Indexing;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Cli.Export;

/// <summary>
/// <c>archive export --format opensearch-mapping|opensearch-bulk [--index DIR] [--out FILE|-] [--index-name NAME]</c>:
/// the OpenSearch index body (settings and mappings) for the configured embedding model, or every paragraph of the
/// current index generation as <c>_bulk</c> NDJSON. Data goes to the output; the summary and problems to standard error.
/// </summary>
internal static class ExportCommand
{
    private const string MappingFormat = "opensearch-mapping";
    private const string BulkFormat = "opensearch-bulk";

    public static Command Create(CliConsole console)
    {
        var format = new Option<string>("--format")
        {
            Description = $"{MappingFormat} (the body of PUT /INDEX) or {BulkFormat} (every paragraph, NDJSON for POST /_bulk).",
            Required = true,
        };
        format.AcceptOnlyFromAmong(MappingFormat, BulkFormat);
        var index = IndexOption.Create();
        var output = new Option<string>("--out") { Description = "The file to write; - or none for standard output." };
        var indexName = new Option<string>("--index-name")
        {
            Description = "The OpenSearch index the bulk actions name.",
            DefaultValueFactory = _ => OpenSearchIndexName.Default,
        };
        var command = new Command("export", "Export the index for OpenSearch: its mapping, or its paragraphs as a bulk body.") { format, index, output, indexName };
        command.SetAction((result, cancellationToken) => RunAsync(
            console,
            result.GetRequiredValue(format),
            result.GetValue(index),
            result.GetValue(output),
            result.GetRequiredValue(indexName),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, string format, DirectoryInfo? index, string? output, string indexName, CancellationToken cancellationToken)
    {
        if (OpenSearchIndexName.Problem(indexName) is { } problem)
        {
            await console.Error.WriteLineAsync($"archive: {problem}");
            return 2;
        }

        await using var services = CoreServices.Build();
        return format == MappingFormat
            ? await MappingAsync(console, services, output, cancellationToken)
            : await BulkAsync(console, services, index, output, indexName, cancellationToken);
    }

    private static async Task<int> MappingAsync(CliConsole console, ServiceProvider services, string? output, CancellationToken cancellationToken)
    {
        var embeddings = services.GetRequiredService<EmbeddingService>();
        var model = await embeddings.ReadyModelAsync(cancellationToken);
        if (model is null && embeddings.State != EmbeddingState.Off)
        {
            await console.Error.WriteLineAsync(
                $"archive: the vector field's dimension is unknown: {embeddings.FailureReason}; set Embeddings__Provider=none for a mapping without vectors");
            return 1;
        }

        var mapping = OpenSearchMapping.Create(services.GetRequiredService<ArchiveAnalyzers>(), model);
        return await WriteToAsync(console, output, async writer =>
        {
            await writer.WriteLineAsync(mapping.ToJsonString(CliJson.Options).AsMemory(), cancellationToken);
            return model is null
                ? "OpenSearch index body without a vector field (embeddings are off)"
                : string.Create(CultureInfo.InvariantCulture, $"OpenSearch index body with {model.Dimensions}-dimension vectors of {model.Key}");
        }, cancellationToken);
    }

    private static async Task<int> BulkAsync(
        CliConsole console, ServiceProvider services, DirectoryInfo? index, string? output, string indexName, CancellationToken cancellationToken)
    {
        if (!await IndexOption.OpenWithVectorsAsync(services, index, console, cancellationToken))
        {
            return 2;
        }

        var live = services.GetRequiredService<LiveIndex>();
        var vectors = services.GetRequiredService<ParagraphVectorStore>().For(live.GenerationName);
        if (vectors is null)
        {
            var reason = services.GetRequiredService<EmbeddingService>().FailureReason ?? "embeddings are off";
            await console.Error.WriteLineAsync($"archive: no paragraph vectors ({reason}); the documents have no {OpenSearchFields.Vector} field");
        }

        return await WriteToAsync(console, output, async writer =>
        {
            var written = await OpenSearchBulk.WriteAsync(writer, indexName, live.Library, vectors, cancellationToken);
            return string.Create(CultureInfo.InvariantCulture,
                $"Exported {written.Paragraphs} paragraphs of {live.GenerationName} ({written.WithVectors} with vectors, {written.Bytes} bytes) for OpenSearch index {indexName}");
        }, cancellationToken);
    }

    /// <summary>Runs <paramref name="write"/> on the output and prints the summary it returns; a file that cannot be written is an error message, not a stack trace.</summary>
    private static async Task<int> WriteToAsync(CliConsole console, string? path, Func<TextWriter, Task<string>> write, CancellationToken cancellationToken)
    {
        try
        {
            await using var output = ExportOutput.Open(path, console.Output);
            var summary = await write(output.Writer);
            await output.CompleteAsync(cancellationToken);
            await console.Error.WriteLineAsync($"{summary}, to {output.Target}");
            return 0;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            var target = path is null or "-" ? "standard output" : Path.GetFullPath(path);
            await console.Error.WriteLineAsync($"archive: cannot write {target}: {ex.Message}");
            return 2;
        }
    }
}
