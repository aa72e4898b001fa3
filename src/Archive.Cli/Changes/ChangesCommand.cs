using System.CommandLine;
using System.Text.Json;
using Archive.Cli.Hosting;
using Archive.Contracts;
using Archive.Core.Commitments;
using Archive.Core.Documents;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Cli.Changes;

/// <summary>
/// <c>archive changes &lt;from&gt; &lt;to&gt; [--lang en|id] [--topic T] [--index DIR] [--json]</c>: what was taken up,
/// resumed, strengthened, weakened or dropped from one meeting (or date) to another, as <see cref="ChangeQueries"/>
/// answers <c>GET /api/changes</c>.
/// </summary>
internal static class ChangesCommand
{
    /// <summary>The command's names for the fields of <see cref="ChangesQuery"/>: the points are its arguments.</summary>
    internal static readonly ParameterNames Parameters = ParameterNames.Command(new Dictionary<string, string>
    {
        [nameof(ChangesQuery.From)] = "<from>", [nameof(ChangesQuery.To)] = "<to>",
    });

    public static Command Create(CliConsole console)
    {
        var from = new Argument<string>("from") { Description = "The earlier point: " + ChangePoint.Forms + "." };
        var to = new Argument<string>("to") { Description = "The later point, in the same forms." };
        var language = new Option<string>("--lang") { Description = "en (default) or id." };
        var topic = new Option<string>("--topic") { Description = "Only lineages on this topic, e.g. returns-reintegration." };
        var index = IndexOption.Create();
        var json = CommonOptions.Json();
        var command = new Command("changes", "Print what changed between two meetings or dates: each undertaking new, resumed, strengthened, weakened, dropped or reaffirmed.")
        {
            from, to, language, topic, index, json,
        };
        command.SetAction((result, cancellationToken) => RunAsync(
            console,
            new ChangesQuery { From = result.GetRequiredValue(from), To = result.GetRequiredValue(to), Lang = result.GetValue(language), Topic = result.GetValue(topic) },
            result.GetValue(index),
            result.GetValue(json),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, ChangesQuery query, DirectoryInfo? index, bool json, CancellationToken cancellationToken)
    {
        // A bad value is refused before the index is opened; the points can only be read against its meetings.
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

        var answer = services.GetRequiredService<ChangeQueries>().Compare(query, Parameters);
        if (answer.Response is not { } response)
        {
            foreach (var problem in answer.Problems.ByField.Values.SelectMany(m => m))
            {
                await console.Error.WriteLineAsync($"archive: {problem}");
            }

            return 2;
        }

        var language = DocumentLanguages.Parse(response.Language);
        if (json)
        {
            await console.Output.WriteLineAsync(JsonSerializer.Serialize(response, CliJson.Options));
            return 0;
        }

        await console.Output.WriteLineAsync($"{Names(response.From, language)} → {Names(response.To, language)} ({language.Name()}): "
            + string.Join(", ", response.Counts.Select(c => $"{c.Value} {c.Key}")));
        foreach (var change in response.Changes)
        {
            var strengths = (change.Before ?? change.Resumes, change.After) switch
            {
                ({ } b, { } a) => $"{b.Strength} → {a.Strength}",
                (null, { } a) => a.Strength,
                ({ } b, _) => b.Strength,
                _ => string.Empty,
            };
            await console.Output.WriteLineAsync($"{change.Status,-12}  {strengths,-28}  [{string.Join(", ", change.Topics)}]");
            foreach (var side in new[] { change.Resumes, change.Before, change.After }.OfType<ChangeSideResponse>())
            {
                await console.Output.WriteLineAsync($"   {Name(side.Meeting, language)}: {side.Text}");
                await console.Output.WriteLineAsync($"      {side.Citation}");
            }
        }

        return 0;
    }

    private static string Names(ChangePointResponse point, DocumentLanguage language) => string.Join(", ", point.Meetings.Select(m => Name(m, language)));

    private static string Name(MeetingResponse meeting, DocumentLanguage language) =>
        (language == DocumentLanguage.Indonesian ? meeting.NameId : meeting.Name) + (meeting.Date is { } date ? $" ({date})" : string.Empty);
}
