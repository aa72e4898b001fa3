using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Archive.Cli.Hosting;
using Archive.Cli.Precedent;
using Archive.Contracts;
using Archive.Core.Drafts;
using Archive.Core.Extraction;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Cli.Drafts;

/// <summary>
/// <c>archive review draft.docx [--lang en|id] [--k N] [--index dir] [--json] [--out reviewed.docx]</c>: a whole draft
/// (Word, PDF, HTML or text) checked against agreed text paragraph by paragraph, as <c>POST /api/drafts/review</c>
/// answers; <c>--out</c> also writes the draft as a Word file with the review as comments.
/// </summary>
internal static class ReviewCommand
{
    private static readonly ParameterNames Names = ParameterNames.Command(new Dictionary<string, string>());

    public static Command Create(CliConsole console)
    {
        var file = new Argument<FileInfo>("draft") { Description = "The draft: a Word (.docx), PDF, HTML or text file." };
        var language = new Option<string>("--lang") { Description = "The draft's language: en or id (default: detected)." };
        var k = new Option<int?>("--k") { Description = $"Precedents per paragraph (1-{DraftReviewRequest.MaxK}; default {DraftReviewRequest.DefaultK})." };
        var output = new Option<FileInfo>("--out") { Description = "Also write the draft as a Word file with the review as comments." };
        var index = IndexOption.Create();
        var json = CommonOptions.Json();
        var command = new Command("review", "Check a whole draft against agreed text, paragraph by paragraph.") { file, language, k, output, index, json };
        command.SetAction((result, cancellationToken) => RunAsync(
            console,
            result.GetRequiredValue(file),
            result.GetValue(language),
            result.GetValue(k),
            result.GetValue(output),
            result.GetValue(index),
            result.GetValue(json),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, FileInfo file, string? language, int? k, FileInfo? output, DirectoryInfo? index, bool json, CancellationToken cancellationToken)
    {
        byte[] content;
        try
        {
            content = await File.ReadAllBytesAsync(file.FullName, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await console.Error.WriteLineAsync($"archive: cannot read the draft {file.FullName}: {ex.Message}");
            return 2;
        }

        await using var services = CoreServices.Build();
        if (!await IndexOption.OpenWithVectorsAsync(services, index, console, cancellationToken))
        {
            return 2;
        }

        QueryAnswer<DraftReview> answer;
        try
        {
            answer = await services.GetRequiredService<DraftQueries>().ReviewFileAsync(content, file.Name, language, k, Names, cancellationToken);
        }
        catch (Exception ex) when (ex is UnsupportedDraftException or ExtractionFailedException)
        {
            await console.Error.WriteLineAsync($"archive: {file.Name}: {ex.Message}");
            return 1;
        }

        if (answer.Response is not { } review)
        {
            await console.Error.WriteLineAsync($"archive: {answer.Problems.Message}");
            return 2;
        }

        if (output is not null)
        {
            await File.WriteAllBytesAsync(output.FullName, ReviewedDraftDocument.Write(review, DateTimeOffset.UtcNow), cancellationToken);
            await console.Error.WriteLineAsync($"archive: the review as comments in {output.FullName}");
        }

        var response = review.ToResponse();
        if (json)
        {
            await console.Output.WriteLineAsync(JsonSerializer.Serialize(response, CliJson.Options));
            return 0;
        }

        var summary = response.Summary;
        await console.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{response.Title ?? file.Name}: {summary.Paragraphs} paragraphs ({response.Language}): {summary.Verbatim} verbatim, {summary.Edited} edited, {summary.New} new, {summary.Skipped} not compared; {summary.Weakened} commitments weakened."));
        foreach (var warning in response.Warnings)
        {
            await console.Output.WriteLineAsync($"note: {warning}");
        }

        foreach (var paragraph in response.Paragraphs)
        {
            await WriteAsync(console, paragraph);
        }

        return 0;
    }

    private static async Task WriteAsync(CliConsole console, DraftParagraphResponse paragraph)
    {
        await console.Output.WriteLineAsync();
        var number = paragraph.Number ?? "#" + paragraph.Ordinal.ToString(CultureInfo.InvariantCulture);
        var source = paragraph.Precedents.Count > 0 ? paragraph.Precedents[0] : null;
        await console.Output.WriteLineAsync(paragraph.Status switch
        {
            "skipped" => $"{number} [not compared] {paragraph.Note}",
            "new" when source is not null => string.Create(CultureInfo.InvariantCulture, $"{number} [new] closest: {source.Citation} ({source.Similarity * 100:F0}% alike)"),
            "new" => $"{number} [new]",
            _ => string.Create(CultureInfo.InvariantCulture, $"{number} [{paragraph.Status}] {source!.Citation} ({source.Similarity * 100:F0}% alike)"),
        });
        if (paragraph.Status == "edited")
        {
            await PrecedentCommand.WriteDiffAsync(console, "   ", source!.Diff);
        }

        if (paragraph.StrengthChange is { } change and not "same")
        {
            await console.Output.WriteLineAsync($"   commitment {change}: {paragraph.PrecedentStrength ?? "none"} in the source, {paragraph.Strength ?? "none"} here");
        }

        if (paragraph.Status is "verbatim" or "edited" && source!.Counterpart is { } counterpart)
        {
            await console.Output.WriteLineAsync($"   agreed {(counterpart.Language == "id" ? "Indonesian" : "English")}: {counterpart.Citation}");
        }
    }
}
