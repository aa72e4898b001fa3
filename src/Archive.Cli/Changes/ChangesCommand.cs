using System.CommandLine;
using System.Text.Json;
using Archive.Cli.Hosting;
using Archive.Contracts;
using Archive.Core.Commitments;
using Archive.Core.Documents;
using Archive.Core.Indexing;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Cli.Changes;

/// <summary>
/// <c>archive changes &lt;from&gt; &lt;to&gt; [--lang en|id] [--topic T] [--index DIR] [--json]</c>: what was taken up,
/// resumed, strengthened, weakened or dropped from one meeting (or date) to another (what <c>GET /api/changes</c> returns).
/// </summary>
internal static class ChangesCommand
{
    public static Command Create(CliConsole console)
    {
        var from = new Argument<string>("from") { Description = "The earlier point: " + ChangePoint.Forms + "." };
        var to = new Argument<string>("to") { Description = "The later point, in the same forms." };
        var language = new Option<string>("--lang") { Description = "en (default) or id." };
        language.AcceptOnlyFromAmong(DocumentLanguages.Codes.Split('|'));
        var topic = new Option<string>("--topic") { Description = "Only lineages on this topic, e.g. returns-reintegration." };
        var index = IndexOption.Create();
        var json = CommonOptions.Json();
        var command = new Command("changes", "Print what changed between two meetings or dates: each undertaking new, resumed, strengthened, weakened, dropped or reaffirmed.")
        {
            from, to, language, topic, index, json,
        };
        command.SetAction((result, cancellationToken) => RunAsync(
            console,
            result.GetRequiredValue(from),
            result.GetRequiredValue(to),
            result.GetValue(language) is { } lang ? DocumentLanguages.Parse(lang) : DocumentLanguage.English,
            result.GetValue(topic),
            result.GetValue(index),
            result.GetValue(json),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(
        CliConsole console, string from, string to, DocumentLanguage language, string? topic, DirectoryInfo? index, bool json, CancellationToken cancellationToken)
    {
        await using var services = CoreServices.Build();
        var live = services.GetRequiredService<LiveIndex>();
        if (!await IndexOption.OpenWithVectorsAsync(services, index, console, cancellationToken))
        {
            return 2;
        }

        var (earlier, later, problems) = MeetingChanges.Check(live.Library, services.GetRequiredService<CommitmentRules>().Topics, from, to, topic);
        if (problems.Count > 0)
        {
            foreach (var problem in problems.Values)
            {
                await console.Error.WriteLineAsync($"archive: {problem}");
            }

            return 2;
        }

        var changes = MeetingChanges.Between(services.GetRequiredService<CommitmentCatalogCache>().For(live.Served), earlier!, later!, language, topic);
        var response = changes.ToResponse(earlier!, later!, language, topic, live.Library);
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
