using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Archive.Cli.Hosting;
using Archive.Contracts;
using Archive.Core.Commitments;
using Archive.Core.Documents;
using Archive.Core.Indexing;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Cli.Commitments;

/// <summary>
/// <c>archive commitments [--index DIR] [--topic T] [--addressee A] [--conference N] [--lang en|id] [--json|--csv]</c>:
/// the operative clauses of the archive, filtered.
/// </summary>
internal static class CommitmentsCommand
{
    public static Command Create(CliConsole console)
    {
        var index = IndexOption.Create();
        var topic = new Option<string>("--topic") { Description = "A topic id (see GET /api/topics), e.g. returns-reintegration." };
        var addressee = new Option<string>("--addressee") { Description = "Who is tasked: rso, ahg, wg-tip, members …" };
        var conference = new Option<int?>("--conference") { Description = "Number of the Ministerial Conference." };
        var language = new Option<string>("--lang") { Description = "en or id (default: both)." };
        language.AcceptOnlyFromAmong(DocumentLanguages.Codes.Split('|'));
        var json = CommonOptions.Json();
        var csv = new Option<bool>("--csv") { Description = "Print CSV (UTF-8, header row) for a spreadsheet." };
        var command = new Command("commitments", "List commitments with their strength, topics and lineage status.")
        {
            index, topic, addressee, conference, language, json, csv,
        };
        command.SetAction((result, cancellationToken) => RunAsync(
            console,
            result.GetValue(index),
            new CommitmentFilter(
                result.GetValue(topic),
                Addressee: result.GetValue(addressee),
                Conference: result.GetValue(conference),
                Language: result.GetValue(language) is { } lang ? DocumentLanguages.Parse(lang) : null),
            result.GetValue(json),
            result.GetValue(csv),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, DirectoryInfo? index, CommitmentFilter filter, bool json, bool csv, CancellationToken cancellationToken)
    {
        await using var services = CoreServices.Build();
        var live = services.GetRequiredService<LiveIndex>();
        if (!await IndexOption.OpenWithVectorsAsync(services, index, console, cancellationToken))
        {
            return 2;
        }

        var rules = services.GetRequiredService<CommitmentRules>();
        if (filter.Topic is not null && rules.Topics.Find(filter.Topic) is null)
        {
            await console.Error.WriteLineAsync($"archive: unknown topic \"{filter.Topic}\"; topics: {string.Join(", ", rules.Topics.All.Select(t => t.Id))}");
            return 2;
        }

        var catalog = services.GetRequiredService<CommitmentCatalogCache>().For(live.Served);
        var commitments = filter.Apply(catalog.Commitments).ToList();
        if (csv)
        {
            using var buffer = new MemoryStream();
            CommitmentCsv.Write(buffer, commitments, catalog, live.Library);
            await console.Output.WriteAsync(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
            return 0;
        }

        if (json)
        {
            await console.Output.WriteLineAsync(JsonSerializer.Serialize(commitments.Select(c => c.ToResponse(catalog, live.Library, rules.Topics)), CliJson.Options));
            return 0;
        }

        foreach (var commitment in commitments)
        {
            var lineage = catalog.LineageOf(commitment.Id);
            await console.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{commitment.Id}  {commitment.Strength.ToCode()}  {lineage?.Step.Status.ToCode() ?? "-"}  [{string.Join(", ", commitment.Topics.Select(t => t.Topic))}]"));
            await console.Output.WriteLineAsync($"   {commitment.Action}");
        }

        await console.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{commitments.Count} commitments"));
        return 0;
    }
}
