using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Archive.Cli.Hosting;
using Archive.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Cli.Commitments;

/// <summary>
/// <c>archive commitments [--index DIR] [--topic T] [--addressee A] [--conference N] [--lang en|id] [--json|--csv]</c>:
/// the operative clauses of the archive, filtered.
/// </summary>
internal static class CommitmentsCommand
{
    /// <summary>The command's names for the fields of <see cref="CommitmentListQuery"/>: <c>--</c> and the REST name.</summary>
    internal static readonly ParameterNames Parameters = ParameterNames.Command(new Dictionary<string, string>());

    public static Command Create(CliConsole console)
    {
        var index = IndexOption.Create();
        var topic = new Option<string>("--topic") { Description = "A topic id (see GET /api/topics), e.g. returns-reintegration." };
        var addressee = new Option<string>("--addressee") { Description = "Who is tasked: rso, ahg, wg-tip, members …" };
        var conference = new Option<int?>("--conference") { Description = "Number of the Ministerial Conference." };
        var language = new Option<string>("--lang") { Description = "en or id (default: both)." };
        var json = CommonOptions.Json();
        var csv = new Option<bool>("--csv") { Description = "Print CSV (UTF-8, header row) for a spreadsheet." };
        var command = new Command("commitments", "List commitments with their strength, topics and lineage status.")
        {
            index, topic, addressee, conference, language, json, csv,
        };
        command.SetAction((result, cancellationToken) => RunAsync(
            console,
            result.GetValue(index),
            new CommitmentListQuery
            {
                Topic = result.GetValue(topic),
                Addressee = result.GetValue(addressee),
                Conference = result.GetValue(conference),
                Lang = result.GetValue(language),
            },
            result.GetValue(json),
            result.GetValue(csv),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, DirectoryInfo? index, CommitmentListQuery query, bool json, bool csv, CancellationToken cancellationToken)
    {
        // A bad value is refused before the index is opened; the ids can only be checked against its vocabulary.
        if (RequestValidation.Check(query, Parameters) is { IsEmpty: false } refused)
        {
            await console.Error.WriteLineAsync($"archive: {refused.Message}");
            return 2;
        }

        await using var services = CoreServices.Build();
        if (!await IndexOption.OpenWithVectorsAsync(services, index, console, cancellationToken))
        {
            return 2;
        }

        var commitments = services.GetRequiredService<CommitmentQueries>();
        if (csv)
        {
            var file = commitments.Csv(query, Parameters);
            return await WriteAsync(console, file, bytes => console.Output.WriteAsync(Encoding.UTF8.GetString(bytes)));
        }

        var answer = commitments.All(query, Parameters);
        return await WriteAsync(console, answer, async list =>
        {
            if (json)
            {
                await console.Output.WriteLineAsync(JsonSerializer.Serialize(list, CliJson.Options));
                return;
            }

            foreach (var commitment in list)
            {
                await console.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{commitment.Id}  {commitment.Strength}  {commitment.Status ?? "-"}  [{string.Join(", ", commitment.Topics.Select(t => t.Id))}]"));
                await console.Output.WriteLineAsync($"   {commitment.Action}");
            }

            await console.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{list.Count} commitments"));
        });
    }

    private static async Task<int> WriteAsync<T>(CliConsole console, QueryAnswer<T> answer, Func<T, Task> write)
        where T : class
    {
        if (answer.Response is not { } response)
        {
            await console.Error.WriteLineAsync($"archive: {answer.Problems.Message}");
            return 2;
        }

        await write(response);
        return 0;
    }
}
