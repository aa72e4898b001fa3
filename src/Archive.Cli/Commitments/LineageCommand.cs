using System.CommandLine;
using System.Globalization;
using Archive.Cli.Hosting;
using Archive.Core.Commitments;
using Archive.Core.Indexing;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Cli.Commitments;

/// <summary>
/// <c>archive lineage &lt;commitment-id|"text"&gt; [--index DIR]</c>: the timeline of a commitment across meetings;
/// given words instead of an id, the lineage of the first commitment whose clause contains them all.
/// </summary>
internal static class LineageCommand
{
    public static Command Create(CliConsole console)
    {
        var target = new Argument<string>("commitment") { Description = "A commitment id (bpmc6-2016-cochairs-en/p5/c1) or words of its clause." };
        var index = IndexOption.Create();
        var command = new Command("lineage", "Print a commitment's lineage: each meeting, strength, status and the clause.") { target, index };
        command.SetAction((result, cancellationToken) => RunAsync(console, result.GetRequiredValue(target), result.GetValue(index), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, string target, DirectoryInfo? index, CancellationToken cancellationToken)
    {
        await using var services = CoreServices.Build();
        var live = services.GetRequiredService<LiveIndex>();
        if (!await IndexOption.OpenWithVectorsAsync(services, index, console, cancellationToken))
        {
            return 2;
        }

        var catalog = services.GetRequiredService<CommitmentCatalogCache>().For(live.Served);
        var commitment = catalog.Find(target) ?? new CommitmentFilter(Words: target).Apply(catalog.Commitments).FirstOrDefault();
        if (commitment is null || catalog.LineageOf(commitment.Id) is not var (lineage, _))
        {
            await console.Error.WriteLineAsync($"archive: no commitment is \"{target}\" or contains those words");
            return 1;
        }

        await console.Output.WriteLineAsync($"Lineage {lineage.Id}" + (lineage.DroppedAfter is { } dropped ? $" (not mentioned after {dropped.Name(commitment.Language)})" : string.Empty));
        foreach (var step in lineage.Steps)
        {
            var citation = live.Library.FindParagraph(step.Commitment.ParagraphId)?.Paragraph.Citation;
            await console.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{step.Commitment.Date?.ToString() ?? "?",-10}  {step.Commitment.Meeting?.Name(commitment.Language)}"));
            await console.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"            {step.Commitment.Strength.ToCode(),-15}  {step.Status.ToCode(),-12}  {citation}"));
            await console.Output.WriteLineAsync($"            {step.Commitment.Action}");
            if (step.Similarity is double similarity)
            {
                await console.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"            linked by similarity {similarity:F2}; shared: {string.Join(", ", step.SharedTerms)}"));
            }
        }

        return 0;
    }
}
