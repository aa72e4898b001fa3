using System.CommandLine;
using System.Text.Json;
using Archive.Cli.Hosting;
using Archive.Core.Ingestion;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Archive.Cli.Ingest;

/// <summary><c>archive ingest &lt;dir&gt; [--json]</c>: ingests a corpus folder and reports on every file.</summary>
internal static class IngestCommand
{
    public static Command Create(CliConsole console)
    {
        var directory = new Argument<DirectoryInfo>("dir") { Description = "The corpus folder to ingest." };
        var json = CommonOptions.Json();
        var limits = new ExtractionLimitOptions();
        var command = new Command("ingest", "Ingest every PDF, Word (.docx), HTML and text file of a folder; exit code 1 when any file failed.")
        {
            directory, json,
        };
        limits.AddTo(command);
        command.SetAction((result, cancellationToken) => RunAsync(
            console, result.GetRequiredValue(directory), result.GetValue(json), () => limits.BuildServices(result), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, DirectoryInfo directory, bool json, Func<ServiceProvider> buildServices, CancellationToken cancellationToken)
    {
        if (!directory.Exists)
        {
            await console.Error.WriteLineAsync($"archive: the folder {directory.FullName} does not exist");
            return 2;
        }

        await using var services = buildServices();
        var ingestor = services.GetRequiredService<CorpusIngestor>();
        IngestResult result;
        if (json || !console.Interactive)
        {
            var progress = json ? null : new SynchronousProgress<FileReport>(r => console.Output.WriteLine(IngestReportText.Line(r)));
            result = await ingestor.IngestAsync(directory.FullName, progress, cancellationToken);
        }
        else
        {
            result = await IngestWithProgressBarAsync(console, ingestor, directory.FullName, cancellationToken);
            console.Ansi.Write(IngestReportText.Table(result.Report));
        }

        if (json)
        {
            await console.Output.WriteLineAsync(JsonSerializer.Serialize(IngestReportJson.From(directory.FullName, result.Report), CliJson.Options));
        }
        else
        {
            foreach (var warning in result.Report.CorpusWarnings)
            {
                await console.Output.WriteLineAsync($"corpus: {warning}");
            }

            await console.Output.WriteLineAsync(IngestReportText.Summary(result.Report));
        }

        return result.Report.AllIngested ? 0 : 1;
    }

    private static async Task<IngestResult> IngestWithProgressBarAsync(CliConsole console, CorpusIngestor ingestor, string directory, CancellationToken cancellationToken)
    {
        var total = ingestor.ListFiles(directory).Count;
        IngestResult? result = null;
        await console.Ansi.Progress().StartAsync(async context =>
        {
            var task = context.AddTask("Ingesting", maxValue: Math.Max(total, 1));
            var progress = new SynchronousProgress<FileReport>(r =>
            {
                task.Description = Markup.Escape(r.Path);
                task.Increment(1);
            });
            result = await ingestor.IngestAsync(directory, progress, cancellationToken);
            task.Description = "Ingested";
        });
        return result!;
    }
}
