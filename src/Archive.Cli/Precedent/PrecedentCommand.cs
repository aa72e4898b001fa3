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
    public static Command Create(CliConsole console)
    {
        var file = new Option<FileInfo>("--file") { Description = "The draft paragraph, a text file (- for standard input).", Required = true };
        var language = new Option<string>("--lang") { Description = "The draft's language (default: detected)." };
        language.AcceptOnlyFromAmong(DocumentLanguages.Codes.Split('|'));
        var k = new Option<int>("--k") { Description = $"Number of precedents (1-{PrecedentFinder.MaxK}).", DefaultValueFactory = _ => 5 };
        k.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > PrecedentFinder.MaxK)
            {
                r.AddError($"--k must be between 1 and {PrecedentFinder.MaxK}");
            }
        });
        var index = IndexOption.Create();
        var json = CommonOptions.Json();
        var command = new Command("precedent", "Find the agreed paragraphs closest to a draft, and what differs.") { file, language, k, index, json };
        command.SetAction((result, cancellationToken) => RunAsync(
            console,
            result.GetRequiredValue(file),
            DocumentLanguages.Parse(result.GetValue(language)),
            result.GetValue(k),
            result.GetValue(index),
            result.GetValue(json),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, FileInfo file, DocumentLanguage language, int k, DirectoryInfo? index, bool json, CancellationToken cancellationToken)
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

        draft = draft.Trim();
        if (draft.Length > PrecedentFinder.MaxCharacters)
        {
            await console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"archive: the draft has {draft.Length:N0} characters; the precedent checker takes one paragraph, at most {PrecedentFinder.MaxCharacters:N0}"));
            return 2;
        }

        if (PrecedentFinder.WordsIn(draft) < PrecedentFinder.MinWords)
        {
            await console.Error.WriteLineAsync($"archive: the draft needs at least {PrecedentFinder.MinWords} words to be compared with agreed paragraphs");
            return 2;
        }

        await using var services = CoreServices.Build();
        if (!await IndexOption.OpenWithVectorsAsync(services, index, console, cancellationToken))
        {
            return 2;
        }

        var result = await services.GetRequiredService<PrecedentFinder>().FindAsync(draft, language, k, cancellationToken);
        if (json)
        {
            await console.Output.WriteLineAsync(JsonSerializer.Serialize(result.ToResponse(), CliJson.Options));
            return 0;
        }

        await console.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Draft: {result.WordCount} words, {(result.Language == DocumentLanguage.Indonesian ? "Indonesian" : "English")}; closest agreed paragraphs first."));
        foreach (var (match, rank) in result.Precedents.Select((m, i) => (m, i + 1)))
        {
            await console.Output.WriteLineAsync();
            await console.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{rank}. [{match.Similarity * 100:F0}% alike] {match.Paragraph.Citation}"));
            if (console.Interactive)
            {
                console.Ansi.MarkupLine("   " + Markup(match.Diff));
            }
            else
            {
                await console.Output.WriteLineAsync("   " + Plain(match.Diff));
            }

            foreach (var span in match.Verbatim)
            {
                await console.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"   agreed wording ({span.WordCount} words): \"{span.Text}\""));
            }

            if (match.Counterpart is { } counterpart)
            {
                await console.Output.WriteLineAsync($"   counterpart: {counterpart.Citation}");
            }
        }

        return 0;
    }

    private static string Markup(DiffOutcome diff) => string.Join(' ', diff.Runs.Select(r => r.Operation switch
    {
        DiffOperation.Deleted => $"[red strikethrough]{Spectre.Console.Markup.Escape(r.Text)}[/]",
        DiffOperation.Inserted => $"[green underline]{Spectre.Console.Markup.Escape(r.Text)}[/]",
        _ => Spectre.Console.Markup.Escape(r.Text),
    }));

    /// <summary>The word-diff notation of git: [-deleted-] {+inserted+}.</summary>
    private static string Plain(DiffOutcome diff)
    {
        var text = new StringBuilder();
        foreach (var run in diff.Runs)
        {
            text.Append(text.Length == 0 ? string.Empty : " ").Append(run.Operation switch
            {
                DiffOperation.Deleted => $"[-{run.Text}-]",
                DiffOperation.Inserted => $"{{+{run.Text}+}}",
                _ => run.Text,
            });
        }

        return text.ToString();
    }
}
