using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Archive.Cli.Hosting;
using Archive.Contracts;
using Archive.Core.Commitments;
using Archive.Core.Documents;
using Archive.Core.Search;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Archive.Cli.Search;

/// <summary>
/// <c>archive search "query" [--index dir] [--lang any|en|id] [--k N] [--mode lexical|hybrid|semantic] [--json]</c>.
/// Hybrid and semantic modes use the embedding provider configured in the environment (the bundled model by default).
/// </summary>
internal static class SearchCommand
{
    public static Command Create(CliConsole console)
    {
        var query = new Argument<string>("query") { Description = "Words, \"quoted phrases\", -excluded, OR; English or Indonesian." };
        var index = IndexOption.Create();
        var language = new Option<string>("--lang") { Description = "Language of the paragraphs returned.", DefaultValueFactory = _ => "any" };
        language.AcceptOnlyFromAmong(["any", .. DocumentLanguages.Codes.Split('|')]);
        var k = new Option<int>("--k") { Description = $"Number of hits (1-{ParagraphSearcher.MaxK}).", DefaultValueFactory = _ => 10 };
        k.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > ParagraphSearcher.MaxK)
            {
                r.AddError(string.Create(CultureInfo.InvariantCulture, $"--k must be between 1 and {ParagraphSearcher.MaxK}"));
            }
        });
        var mode = new Option<string>("--mode") { Description = "lexical (words), hybrid (words and meaning; the default when embeddings are on) or semantic (meaning)." };
        mode.AcceptOnlyFromAmong(SearchSpellings.Modes.Split('|'));
        var json = CommonOptions.Json();
        var command = new Command("search", "Search the index and print the hits.") { query, index, language, k, mode, json };
        command.SetAction((result, cancellationToken) => RunAsync(
            console,
            new SearchRequest(
                result.GetRequiredValue(query),
                DocumentLanguages.Parse(result.GetValue(language)),
                K: result.GetValue(k),
                Mode: SearchSpellings.ParseMode(result.GetValue(mode))),
            result.GetValue(index),
            result.GetValue(json),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, SearchRequest request, DirectoryInfo? index, bool json, CancellationToken cancellationToken)
    {
        await using var services = CoreServices.Build();
        if (!await IndexOption.OpenWithVectorsAsync(services, index, console, cancellationToken))
        {
            return 2;
        }

        var search = services.GetRequiredService<ArchiveSearch>();
        SearchResult result;
        try
        {
            result = await search.SearchAsync(request, cancellationToken);
        }
        catch (QuerySyntaxException ex)
        {
            await console.Error.WriteLineAsync($"archive: {ex.Message} (at character {ex.Position + 1})");
            return 2;
        }

        if (json)
        {
            await console.Output.WriteLineAsync(JsonSerializer.Serialize(result.ToResponse(request, services.GetRequiredService<CommitmentCatalogCache>().For, HitFields.All), CliJson.Options));
            return 0;
        }

        if (result.MeaningUnavailable is { } fallback)
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
                await console.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{rank}. [{hit.Score:F2}] {hit.Paragraph.Citation}"));
                await console.Output.WriteLineAsync($"   {hit.Paragraph.Text}");
                await console.Output.WriteLineAsync($"   matched: {Matched(hit)}");
                await console.Output.WriteLineAsync($"   ranked by: {RankedBy(hit.Scores)}");
            }
        }

        await console.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{result.Hits.Count} of {result.Total} paragraphs"));
        return 0;
    }

    private static Table Table(SearchResult result)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumns("#", "Score", "Citation", "Text", "Matched");
        foreach (var (hit, rank) in result.Hits.Select((h, i) => (h, i + 1)))
        {
            table.AddRow(
                new Text(rank.ToString(CultureInfo.InvariantCulture)),
                new Text(hit.Score.ToString("F2", CultureInfo.InvariantCulture)),
                new Text(hit.Paragraph.Citation),
                new Text(Shorten(hit.Paragraph.Text, 220)),
                new Text(Matched(hit)));
        }

        return table;
    }

    private static string RankedBy(HitScores scores) => string.Join("; ", new[]
    {
        scores.LexicalRank is int l ? string.Create(CultureInfo.InvariantCulture, $"words #{l} (BM25 {scores.Lexical:F2})") : null,
        scores.SemanticRank is int s ? string.Create(CultureInfo.InvariantCulture, $"meaning #{s} (cosine {scores.Semantic:F3})") : null,
    }.OfType<string>());

    private static string Matched(SearchHit hit) =>
        string.Join(", ", hit.Matched.Select(m => m is { Via: MatchVia.Text, Source: MatchSource.Query } ? m.Term : $"{m.Term} ({m.Source.ToCode()}/{m.Via.ToCode()})").Distinct());

    private static string Shorten(string text, int length) => text.Length <= length ? text : string.Concat(text.AsSpan(0, length), "…");
}
