using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Archive.Cli.Hosting;
using Archive.Contracts;
using Archive.Core.Documents;
using Archive.Core.Precedent;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Archive.Cli.Precedent;

/// <summary>
/// <c>archive precedent --file draft.txt [--lang en|id] [--k N] [--index dir] [--json]</c>: the agreed paragraphs closest
/// to a draft, each with the word diff (coloured on a terminal, <c>[-deleted-]{+inserted+}</c> when redirected) and
/// the spans of six or more words the draft shares with it.
/// </summary>
internal static class PrecedentCommand
{
    /// <summary>The command's names for the fields of <see cref="PrecedentRequest"/>: the draft comes from --file.</summary>
    internal static readonly ParameterNames Names = ParameterNames.Command(new Dictionary<string, string> { [nameof(PrecedentRequest.Text)] = "the draft in --file" });

    public static Command Create(CliConsole console)
    {
        var file = new Option<FileInfo>("--file") { Description = $"The draft paragraph, a text file (- for standard input): {PrecedentRequest.DraftLimits}.", Required = true };
        var language = new Option<string>("--lang") { Description = "The draft's language: en or id (default: detected)." };
        var k = new Option<int?>("--k") { Description = $"Number of precedents (1-{PrecedentFinder.MaxK}; default {PrecedentRequest.DefaultK})." };
        var index = IndexOption.Create();
        var json = CommonOptions.Json();
        var command = new Command("precedent", "Find the agreed paragraphs closest to a draft, and what differs.") { file, language, k, index, json };
        command.SetAction((result, cancellationToken) => RunAsync(
            console,
            result.GetRequiredValue(file),
            result.GetValue(language),
            result.GetValue(k),
            result.GetValue(index),
            result.GetValue(json),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, FileInfo file, string? language, int? k, DirectoryInfo? index, bool json, CancellationToken cancellationToken)
    {
        string draft;
        try
        {
            draft = file.Name == "-" ? await Console.In.ReadToEndAsync(cancellationToken) : await File.ReadAllTextAsync(file.FullName, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await console.Error.WriteLineAsync($"archive: cannot read the draft {file.FullName}: {ex.Message}");
            return 2;
        }

        var request = new PrecedentRequest { Text = draft.Trim(), Lang = language, K = k };
        // A bad draft is refused before the index is opened, as the endpoint refuses it before searching.
        if (PrecedentQueries.Problems(request, Names) is { IsEmpty: false } refused)
        {
            await console.Error.WriteLineAsync($"archive: {refused.Message}");
            return 2;
        }

        await using var services = CoreServices.Build();
        if (!await IndexOption.OpenWithVectorsAsync(services, index, console, cancellationToken))
        {
            return 2;
        }

        var answer = await services.GetRequiredService<PrecedentQueries>().CheckAsync(request, Names, cancellationToken);
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

        await console.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Draft: {result.Words} words, {(result.Language == DocumentLanguage.Indonesian.ToCode() ? "Indonesian" : "English")}; closest agreed paragraphs first."));
        foreach (var (match, rank) in result.Precedents.Select((m, i) => (m, i + 1)))
        {
            await console.Output.WriteLineAsync();
            await console.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{rank}. [{match.Similarity * 100:F0}% alike] {match.Citation}"));
            await WriteDiffAsync(console, "   ", match.Diff);

            foreach (var span in match.Verbatim)
            {
                await console.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"   agreed wording ({span.Words} words): \"{span.Text}\""));
            }

            if (match.Counterpart is { } counterpart)
            {
                await console.Output.WriteLineAsync($"   counterpart: {counterpart.Citation}");
            }
        }

        return 0;
    }

    private static readonly string Deleted = DiffOperation.Deleted.ToCode();

    private static readonly string Inserted = DiffOperation.Inserted.ToCode();

    /// <summary>The word diff as the console shows it: coloured on a terminal, git's notation when redirected.</summary>
    internal static async Task WriteDiffAsync(CliConsole console, string indent, IReadOnlyList<DiffRunResponse> diff)
    {
        if (console.Interactive)
        {
            console.Ansi.MarkupLine(indent + Markup(diff));
        }
        else
        {
            await console.Output.WriteLineAsync(indent + Plain(diff));
        }
    }

    private static string Markup(IReadOnlyList<DiffRunResponse> diff) => string.Join(' ', diff.Select(r => r.Op switch
    {
        var op when op == Deleted => $"[red strikethrough]{Spectre.Console.Markup.Escape(r.Text)}[/]",
        var op when op == Inserted => $"[green underline]{Spectre.Console.Markup.Escape(r.Text)}[/]",
        _ => Spectre.Console.Markup.Escape(r.Text),
    }));

    /// <summary>The word-diff notation of git: [-deleted-] {+inserted+}.</summary>
    private static string Plain(IReadOnlyList<DiffRunResponse> diff)
    {
        var text = new StringBuilder();
        foreach (var run in diff)
        {
            text.Append(text.Length == 0 ? string.Empty : " ").Append(run.Op switch
            {
                var op when op == Deleted => $"[-{run.Text}-]",
                var op when op == Inserted => $"{{+{run.Text}+}}",
                _ => run.Text,
            });
        }

        return text.ToString();
    }
}
