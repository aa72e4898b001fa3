using System.Globalization;
using Archive.Core.Documents;
using Archive.Core.Ingestion;
using Spectre.Console;

namespace Archive.Cli.Ingest;

/// <summary>The ingest report as plain lines (for logs and pipes) and as a table (for a terminal).</summary>
internal static class IngestReportText
{
    public static string Line(FileReport report)
    {
        if (report.Status == FileStatus.Failed)
        {
            return $"FAILED  {report.Path}: {report.Error}";
        }

        var line = string.Create(CultureInfo.InvariantCulture,
            $"{(report.Status == FileStatus.Ingested ? "ok" : "warn"),-6}  {report.Path}  {report.DocumentId}  {report.Language?.ToCode()}  {report.Type?.ToCode()}  {Conference(report)}  {report.Paragraphs} paragraphs  {report.Pages} pages  metadata: {report.MetadataSource?.ToCode()}{Ocr(report)}");
        return string.Concat(line, string.Concat(report.Warnings.Select(w => $"{Environment.NewLine}        warning: {w}")));
    }

    public static string Summary(IngestReport report) => string.Create(CultureInfo.InvariantCulture,
        $"{report.Files.Count} files: {report.Ingested} ingested ({report.Files.Count(f => f.Status == FileStatus.IngestedWithWarnings)} with warnings), {report.Failed} failed");

    public static Table Table(IngestReport report)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumns("Status", "File", "Lang", "Type", "Conf.", "Paras", "Pages", "Warnings / error");
        foreach (var file in report.Files)
        {
            var status = file.Status switch
            {
                FileStatus.Ingested => "[green]ok[/]",
                FileStatus.IngestedWithWarnings => "[yellow]warn[/]",
                _ => "[red]FAILED[/]",
            };
            var notes = file.Status == FileStatus.Failed ? file.Error ?? string.Empty : string.Join("; ", file.Warnings);
            table.AddRow(
                new Markup(status),
                new Text(file.Path),
                new Text(file.Language?.ToCode() ?? string.Empty),
                new Text(file.Type?.ToCode() ?? string.Empty),
                new Text(Conference(file)),
                new Text(file.Paragraphs.ToString(CultureInfo.InvariantCulture)),
                new Text(file.Pages.ToString(CultureInfo.InvariantCulture)),
                new Text(notes));
        }

        return table;
    }

    private static string Ocr(FileReport report) => report.Ocr
        ? string.Create(CultureInfo.InvariantCulture, $"  OCR: pages {string.Join(", ", report.OcrPages ?? [])}, mean word confidence {report.OcrConfidence:0.00} of 1")
        : string.Empty;

    private static string Conference(FileReport report) =>
        report.Conference is int c ? string.Create(CultureInfo.InvariantCulture, $"BPMC {c}") : "-";
}
