using System.Globalization;
using System.Text;
using System.Text.Json;
using Archive.Core.Commitments;
using Archive.Core.Documents;
using Archive.Core.Tests.Support;
using Archive.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Core.Tests.Commitments;

/// <summary>
/// The lineage linker against the labelled lineages, per language: pairwise precision and recall of links between
/// labelled paragraphs (two paragraphs are linked when some commitment of each is in the same lineage), and how
/// many labelled lineages are found dropped. Prints the figures and holds a floor.
/// </summary>
public sealed class LineageTests(SampleCorpusFixture corpus) : IClassFixture<SampleCorpusFixture>
{
    [Fact]
    public void Lineages_LabelledSet_LinkAboveTheFloorInBothLanguages()
    {
        var labels = LineageLabel.Load();
        Assert.True(labels.Count >= 20);
        Assert.True(labels.Count(l => l.Steps.Count >= 3) >= 20);
        var catalog = Services.Build().GetRequiredService<CommitmentCatalogCache>().For(corpus.Result.Library);
        var (f1s, report) = Score(catalog);
        TestContext.Current.TestOutputHelper?.WriteLine(report);
        TestReports.Write("lineages.md", report);
        Assert.All(f1s, f1 => Assert.True(f1 >= 0.7, report));
    }

    [Fact]
    public void LineageLabel_AStepOutsideAConference_ReadsItsMeetingAndDate()
    {
        const string Json = """
            [{ "id": "returns", "dropped": false, "steps": [
              { "paragraph": "bpmc6-2016-cochairs-en/p5", "conference": 6, "strength": "decision", "status": "new" },
              { "paragraph": "bp-2017-som-en/p2", "conference": null, "meeting": "bp-2017-som", "date": "2017-06-14", "strength": "tasking", "status": "weakened" }
            ] }]
            """;

        var steps = Assert.Single(JsonSerializer.Deserialize<List<LineageLabel>>(Json)!).Steps;

        Assert.Equal([6, null], steps.Select(s => s.Conference));
        Assert.Equal([null, "bp-2017-som"], steps.Select(s => s.Meeting));
        Assert.Equal("2017-06-14", steps[1].Date);
    }

    /// <summary>
    /// Pairwise link precision, recall and F1 of a catalog's lineages against the labels (the tuning set unless
    /// given), English then Indonesian.
    /// </summary>
    internal static (IReadOnlyList<double> F1, string Report) Score(CommitmentCatalog catalog, IReadOnlyList<LineageLabel>? labels = null)
    {
        labels ??= LineageLabel.Load();
        var report = new StringBuilder("| language | labelled links | found links | precision | recall | F1 |\n|---|---|---|---|---|---|\n");
        var f1s = new List<double>();
        foreach (var language in new[] { DocumentLanguage.English, DocumentLanguage.Indonesian })
        {
            var suffix = language == DocumentLanguage.English ? "-en/" : "-id/";
            string Local(string englishParagraph) => englishParagraph.Replace("-en/", suffix, StringComparison.Ordinal);
            var labelled = labels.Select(l => l.Steps.Select(s => Local(s.Paragraph)).ToList()).ToList();
            var universe = labelled.SelectMany(l => l).ToHashSet(StringComparer.Ordinal);
            var gold = labelled.SelectMany(Pairs).ToHashSet();
            var found = catalog.Lineages(language)
                .Select(l => l.Steps.Select(s => s.Commitment.ParagraphId).Where(universe.Contains).Distinct().ToList())
                .SelectMany(Pairs)
                .ToHashSet();
            var correct = found.Intersect(gold).Count();
            var precision = correct / (double)Math.Max(1, found.Count);
            var recall = correct / (double)Math.Max(1, gold.Count);
            var f1 = 2 * precision * recall / Math.Max(1e-9, precision + recall);
            report.AppendLine(CultureInfo.InvariantCulture, $"| {language.ToCode()} | {gold.Count} | {found.Count} | {precision:F3} | {recall:F3} | {f1:F3} |");
            f1s.Add(f1);
        }

        return (f1s, report.ToString());
    }

    private static IEnumerable<(string, string)> Pairs(List<string> paragraphs) =>
        from a in paragraphs
        from b in paragraphs
        where string.CompareOrdinal(a, b) < 0
        select (a, b);
}
