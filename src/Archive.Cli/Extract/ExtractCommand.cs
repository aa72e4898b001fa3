using System.CommandLine;
using System.Text.Json;
using Archive.Cli.Hosting;
using Archive.Cli.Ingest;
using Archive.Contracts;
using Archive.Core.Ingestion;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Cli.Extract;

/// <summary><c>archive extract &lt;file&gt; [--json]</c>: one document, paragraph by paragraph.</summary>
internal static class ExtractCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<FileInfo>("file") { Description = "A PDF, Word (.docx), HTML or text file." };
        var json = CommonOptions.Json();
        var limits = new ExtractionLimitOptions();
        var command = new Command("extract", "Extract one document into numbered paragraphs with pages and citations.")
        {
            file, json,
        };
        limits.AddTo(command);
        command.SetAction((result, cancellationToken) => RunAsync(
            console, result.GetRequiredValue(file), result.GetValue(json), () => limits.BuildServices(result), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, FileInfo file, bool json, Func<ServiceProvider> buildServices, CancellationToken cancellationToken)
    {
        if (!file.Exists)
        {
            await console.Error.WriteLineAsync($"archive: the file {file.FullName} does not exist");
            return 2;
        }

        await using var services = buildServices();
        var (report, document) = await services.GetRequiredService<CorpusIngestor>().IngestFileAsync(file.FullName, cancellationToken);
        if (document is null)
        {
            await console.Error.WriteLineAsync($"archive: {IngestReportText.Line(report)}");
            return 1;
        }

        if (json)
        {
            await console.Output.WriteLineAsync(JsonSerializer.Serialize(document.ToResponse(), CliJson.Options));
            return 0;
        }

        await console.Output.WriteLineAsync($"{document.Id}  {document.Metadata.Title}");
        foreach (var paragraph in document.Paragraphs)
        {
            var pages = paragraph.Pages.Count > 0 ? $" (p. {string.Join(", ", paragraph.Pages)})" : string.Empty;
            await console.Output.WriteLineAsync($"[{paragraph.Anchor}]{pages} {paragraph.Text}");
        }

        foreach (var warning in document.Warnings)
        {
            await console.Output.WriteLineAsync($"warning: {warning}");
        }

        return 0;
    }
}
