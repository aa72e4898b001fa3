using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Archive.Cli.Hosting;
using Archive.Contracts;
using Archive.Core.Search;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Archive.Cli.Search;

/// <summary>
/// <c>archive search "query" [--index dir] [--lang any|en|id] [--type t] [--conference n] [--from year] [--to year]
/// [--sample true|false] [--k N] [--offset N] [--sort relevance|date|date-asc] [--exact] [--collapse]
/// [--mode lexical|hybrid|semantic] [--json]</c>: the options of <c>GET /api/search</c>, read into the same
/// <see cref="SearchQuery"/> and answered by the same <see cref="SearchQueries"/>, so a bad value is refused with the
/// endpoint's message in the command's names. Hybrid and semantic modes use the embedding provider configured in the
/// environment (the bundled model by default). With <c>--batch file</c>, a file of queries instead
/// (<see cref="SearchBatchCommand"/>).
/// </summary>
internal static class SearchCommand
{
    /// <summary>The command's names for the fields of <see cref="SearchQuery"/>: <c>--</c> and the REST name, but the query is the argument.</summary>
    internal static readonly ParameterNames Names = ParameterNames.Command(new Dictionary<string, string> { [nameof(SearchQuery.Q)] = "<query>" });

    public static Command Create(CliConsole console)
    {
        var query = new Argument<string>("query") { Description = "Words, \"quoted phrases\", -excluded, OR; English or Indonesian.", Arity = ArgumentArity.ZeroOrOne };
        var batch = new Option<FileInfo>("--batch") { Description = "A file of queries to answer instead: .csv (a header row: q, and optionally id, lang, type, conference, from, to, sample) or .json ({\"queries\": [...]}); prints each query's top --k hits (default 5) as CSV, or NDJSON with --json." };
        var index = IndexOption.Create();
        var language = new Option<string>("--lang") { Description = "Language of the paragraphs returned: any (default), en or id." };
        var filters = new DocumentFilterOptions();
        var k = new Option<int?>("--k") { Description = $"Number of hits (1-{SearchRequest.MaxK}; default 10)." };
        var offset = new Option<int?>("--offset") { Description = $"Hits to skip (0-{SearchRequest.MaxOffset})." };
        var sort = new Option<string>("--sort") { Description = "relevance (default), date (newest first) or date-asc (oldest first)." };
        var exact = new Option<bool>("--exact") { Description = "Match the words exactly as typed (no stemming, no translation)." };
        var collapse = new Option<bool>("--collapse") { Description = "At most one hit per document, its best paragraph." };
        var mode = new Option<string>("--mode") { Description = "lexical (words), hybrid (words and meaning; the default when embeddings are on) or semantic (meaning)." };
        var json = CommonOptions.Json();
        var command = new Command("search", "Search the index and print the hits.") { query, index, language };
        foreach (var option in filters.All.Concat([k, offset, sort, exact, collapse, mode, json, batch]))
        {
            command.Add(option);
        }

        command.SetAction((result, cancellationToken) =>
        {
            var search = filters.Read<SearchQuery>(result) with
            {
                Q = result.GetValue(query),
                Lang = result.GetValue(language),
                K = result.GetValue(k),
                Offset = result.GetValue(offset),
                Sort = result.GetValue(sort),
                Exact = result.GetValue(exact) ? true : null,
                Collapse = result.GetValue(collapse) ? true : null,
                Mode = result.GetValue(mode),
                // The command prints everything a hit has, and --json is the API's full view.
                View = HitFieldSpellings.Full,
            };
            return result.GetValue(batch) is { } file
                ? RunBatchAsync(console, file, search, result.GetValue(index), result.GetValue(json), cancellationToken)
                : RunAsync(console, search, result.GetValue(index), result.GetValue(json), cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunBatchAsync(CliConsole console, FileInfo file, SearchQuery options, DirectoryInfo? index, bool json, CancellationToken cancellationToken)
    {
        // The file says each query's words and filters: an option that would say them too is refused, not ignored.
        if (options with { K = null } != new SearchQuery { View = HitFieldSpellings.Full })
        {
            await console.Error.WriteLineAsync("archive: with --batch, the queries and their filters come from the file: give only --k, --json and --index");
            return 2;
        }

        return await SearchBatchCommand.RunAsync(console, file, options.K, index, json, cancellationToken);
    }

    private static async Task<int> RunAsync(CliConsole console, SearchQuery query, DirectoryInfo? index, bool json, CancellationToken cancellationToken)
    {
        // A bad value is refused before the index is opened, as the endpoint refuses it before searching.
        if (RequestValidation.Check(query, Names) is { IsEmpty: false } refused)
        {
            await console.Error.WriteLineAsync($"archive: {refused.Message}");
            return 2;
        }

        await using var services = CoreServices.Build();
        if (!await IndexOption.OpenWithVectorsAsync(services, index, console, cancellationToken))
        {
            return 2;
        }

        QueryAnswer<SearchResponse> answer;
        try
        {
            answer = await services.GetRequiredService<SearchQueries>().SearchAsync(query, Names, cancellationToken);
        }
        catch (QuerySyntaxException ex)
        {
            await console.Error.WriteLineAsync($"archive: {SearchQueries.Describe(ex)}");
            return 2;
        }

        if (answer.Response is not { } result)
        {
            await console.Error.WriteLineAsync($"archive: {answer.Problems.Message}");
            return 2;
        }

        if (json)
        {
            await console.Output.WriteLineAsync(JsonSerializer.Serialize(result, CliJson.Options));
            return 0;
        }

        if (result.Fallback is { } fallback)
        {
            await console.Error.WriteLineAsync($"archive: searching lexically: {fallback}");
        }

        if (result.Relaxed)
        {
            await console.Output.WriteLineAsync("No paragraph has every word; showing paragraphs with some of them.");
        }

        if (console.Interactive)
        {
            console.Ansi.Write(Table(result));
        }
        else
        {
            // Redirected output is read by people in logs and by grep: one block per hit, no box drawing.
            foreach (var (hit, rank) in result.Hits.Select((h, i) => (h, i + 1)))
            {
                await console.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{rank}. [{hit.Score:F2}] {hit.Citation}"));
                await console.Output.WriteLineAsync($"   {hit.Text}");
                await console.Output.WriteLineAsync($"   matched: {Matched(hit)}");
                await console.Output.WriteLineAsync($"   ranked by: {RankedBy(hit.Scores)}");
            }
        }

        await console.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{result.Hits.Count} of {result.Total} paragraphs"));
        return 0;
    }

    private static Table Table(SearchResponse result)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumns("#", "Score", "Citation", "Text", "Matched");
        foreach (var (hit, rank) in result.Hits.Select((h, i) => (h, i + 1)))
        {
            table.AddRow(
                new Text(rank.ToString(CultureInfo.InvariantCulture)),
                new Text(hit.Score.ToString("F2", CultureInfo.InvariantCulture)),
                new Text(hit.Citation),
                new Text(Shorten(hit.Text ?? string.Empty, 220)),
                new Text(Matched(hit)));
        }

        return table;
    }

    private static string RankedBy(ScoresResponse? scores) => scores is null ? string.Empty : string.Join("; ", new[]
    {
        scores.LexicalRank is int l ? string.Create(CultureInfo.InvariantCulture, $"words #{l} (BM25 {scores.Lexical:F2})") : null,
        scores.SemanticRank is int s ? string.Create(CultureInfo.InvariantCulture, $"meaning #{s} (cosine {scores.Semantic:F3})") : null,
    }.OfType<string>());

    private static readonly string AsTyped = MatchVia.Text.ToCode();

    private static readonly string FromQuery = MatchSource.Query.ToCode();

    private static string Matched(SearchHitResponse hit) =>
        string.Join(", ", (hit.Matched ?? []).Select(m => m.Via == AsTyped && m.Source == FromQuery ? m.Term : $"{m.Term} ({m.Source}/{m.Via})").Distinct());

    private static string Shorten(string text, int length) => text.Length <= length ? text : string.Concat(text.AsSpan(0, length), "…");
}
