using System.CommandLine;
using System.Globalization;
using Archive.Cli.Hosting;
using Archive.Contracts;
using Archive.Core.Analysis;
using Archive.Core.Embeddings;
using Archive.Core.Export;
using Archive.Core.Indexing;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Cli.Export;

/// <summary>
/// <c>archive export --format opensearch-mapping|opensearch-bulk|tmx [--index DIR] [--out FILE|-] [--index-name NAME]
/// [--type T] [--conference N] [--from YEAR] [--to YEAR] [--sample true|false]</c>: the OpenSearch index body (settings
/// and mappings) for the configured embedding model, every paragraph of the current index generation as <c>_bulk</c>
/// NDJSON, or its aligned English and Indonesian paragraphs as a TMX translation memory, filtered as
/// <c>GET /api/export/tmx</c> is and by the same <see cref="ExportQueries"/>. Data goes to the output; the summary and
/// problems to standard error.
/// </summary>
internal static class ExportCommand
{
    private const string MappingFormat = "opensearch-mapping";
    private const string BulkFormat = "opensearch-bulk";
    private const string TmxFormat = "tmx";

    /// <summary>The command's names for the fields of <see cref="TmxExportQuery"/>: <c>--</c> and the REST name.</summary>
    private static readonly ParameterNames Names = ParameterNames.Command(new Dictionary<string, string>());

    public static Command Create(CliConsole console)
    {
        var format = new Option<string>("--format")
        {
            Description = $"{MappingFormat} (the body of PUT /INDEX), {BulkFormat} (every paragraph, NDJSON for POST /_bulk) or {TmxFormat} (the aligned English and Indonesian paragraphs, a TMX 1.4b translation memory).",
            Required = true,
        };
        format.AcceptOnlyFromAmong(MappingFormat, BulkFormat, TmxFormat);
        var index = IndexOption.Create();
        var output = new Option<string>("--out") { Description = "The file to write; - or none for standard output." };
        var indexName = new Option<string>("--index-name")
        {
            Description = "The OpenSearch index the bulk actions name.",
            DefaultValueFactory = _ => OpenSearchIndexName.Default,
        };
        // Filters of the translation memory only.
        var filters = new DocumentFilterOptions();
        var command = new Command("export", "Export the index for OpenSearch (its mapping, or its paragraphs as a bulk body) or for translators (a TMX translation memory, filtered by --type --conference --from --to --sample).")
        {
            format, index, output, indexName,
        };
        foreach (var option in filters.All)
        {
            command.Add(option);
        }

        command.SetAction((result, cancellationToken) => RunAsync(
            console,
            result.GetRequiredValue(format),
            result.GetValue(index),
            result.GetValue(output),
            result.GetRequiredValue(indexName),
            filters.Read<TmxExportQuery>(result),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(
        CliConsole console, string format, DirectoryInfo? index, string? output, string indexName, TmxExportQuery filters, CancellationToken cancellationToken)
    {
        if (OpenSearchIndexName.Problem(indexName) is { } problem)
        {
            await console.Error.WriteLineAsync($"archive: {problem}");
            return 2;
        }

        if (format != TmxFormat && filters != new TmxExportQuery())
        {
            await console.Error.WriteLineAsync($"archive: --type, --conference, --from, --to and --sample filter --format {TmxFormat} only");
            return 2;
        }

        // A bad value is refused before the index is opened, as the endpoint refuses it before reading.
        if (format == TmxFormat && RequestValidation.Check(filters, Names) is { IsEmpty: false } refused)
        {
            await console.Error.WriteLineAsync($"archive: {refused.Message}");
            return 2;
        }

        await using var services = CoreServices.Build();
        return format switch
        {
            MappingFormat => await MappingAsync(console, services, output, cancellationToken),
            BulkFormat => await BulkAsync(console, services, index, output, indexName, cancellationToken),
            _ => await TmxAsync(console, services, index, output, filters, cancellationToken),
        };
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

    private static async Task<int> TmxAsync(
        CliConsole console, ServiceProvider services, DirectoryInfo? index, string? output, TmxExportQuery filters, CancellationToken cancellationToken)
    {
        if (!await IndexOption.OpenDocumentsAsync(services, index, console, cancellationToken))
        {
            return 2;
        }

        var answer = services.GetRequiredService<ExportQueries>().Tmx(filters, Names);
        if (answer.Response is not { } export)
        {
            await console.Error.WriteLineAsync($"archive: {answer.Problems.Message}");
            return 2;
        }

        return await WriteToAsync(console, output, async writer =>
        {
            var written = await export.WriteAsync(writer, cancellationToken);
            return string.Create(CultureInfo.InvariantCulture, $"Exported {written.Units} aligned English and Indonesian paragraph pairs of {export.Generation} as TMX");
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
