using Archive.Cli.Hosting;
using Archive.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Cli.Search;

/// <summary>
/// <c>archive search --batch queries.csv|queries.json [--k N] [--json] [--index dir]</c>: the batch of
/// <c>POST /api/search/batch</c>, read by the same readers and answered by the same <see cref="SearchBatchQueries"/>,
/// printed as the endpoint's CSV rows or, with <c>--json</c>, its NDJSON lines.
/// </summary>
internal static class SearchBatchCommand
{
    /// <summary>The command's names for the batch's fields: the file is <c>--batch</c>, the hits per query <c>--k</c>.</summary>
    private static readonly ParameterNames Names = ParameterNames.Command(new Dictionary<string, string> { [nameof(SearchBatchRequest.Queries)] = "--batch" });

    public static async Task<int> RunAsync(CliConsole console, FileInfo file, int? k, DirectoryInfo? index, bool json, CancellationToken cancellationToken)
    {
        SearchBatch batch;
        try
        {
            await using var stream = file.OpenRead();
            batch = file.Extension.ToLowerInvariant() switch
            {
                ".json" => await SearchBatchJson.ReadAsync(stream, cancellationToken),
                ".csv" => await SearchBatchCsv.ReadAsync(stream, cancellationToken),
                _ => throw new SearchBatchFormatException("--batch reads a .csv file (a header row with a q column) or a .json file ({\"queries\": [...]})."),
            };
        }
        catch (Exception ex) when (ex is SearchBatchFormatException or IOException or UnauthorizedAccessException)
        {
            await console.Error.WriteLineAsync($"archive: {file.Name}: {ex.Message}");
            return 2;
        }

        await using var services = CoreServices.Build();
        // A refused batch is refused before the index is opened, as the endpoint refuses it before searching.
        var answer = services.GetRequiredService<SearchBatchQueries>().Search(batch with { K = batch.K ?? k }, Names, cancellationToken);
        if (answer.Response is not { } answers)
        {
            await console.Error.WriteLineAsync($"archive: {answer.Problems.Message}");
            return 2;
        }

        if (!await IndexOption.OpenWithVectorsAsync(services, index, console, cancellationToken))
        {
            return 2;
        }

        await (json ? SearchBatchJson.WriteAsync(console.Output, answers, cancellationToken) : SearchBatchCsv.WriteAsync(console.Output, answers, cancellationToken));
        return 0;
    }
}
