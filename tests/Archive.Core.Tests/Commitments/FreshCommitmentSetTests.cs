using System.Text;
using Archive.Core.Commitments;
using Archive.Core.Tests.Support;
using Archive.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Core.Tests.Commitments;

/// <summary>
/// The extractor and the lineage linker against the fresh labelled set (issue 16): four illustrative statements in a
/// different voice from the tuning set, labelled before the extractor was run on them. Reports per language the
/// operative precision, recall and F1, strength and addressee accuracy, and lineage link precision, recall and F1.
/// </summary>
public sealed class FreshCommitmentSetTests(FreshCommitmentSetFixture fresh) : IClassFixture<FreshCommitmentSetFixture>
{
    private const string LabelFile = "labels-fresh.json";
    private const string LineageFile = "lineages-fresh.json";
    private static readonly string[] Strengths = ["decision", "commitment", "tasking", "encouragement", "acknowledgement"];

    [Fact]
    public void FreshSet_Labels_CoverEveryParagraphOfBothLanguages()
    {
        var labels = CommitmentLabel.Load(LabelFile);
        var library = fresh.Result.Library;
        Assert.Equal(4, library.Documents.Count);
        Assert.All(labels, l => Assert.NotNull(library.FindParagraph(l.Id)));
        var labelled = labels.Select(l => l.Id).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(labels.Count, labelled.Count);
        Assert.All(library.Documents.SelectMany(d => d.Paragraphs), p => Assert.Contains(p.Id, labelled));
        foreach (var language in new[] { "en", "id" })
        {
            var local = labels.Where(l => l.Id.Contains($"-{language}/", StringComparison.Ordinal)).ToList();
            Assert.True(local.Count(l => l.Operative) >= 40, $"{language}: fewer than 40 operative paragraphs");
            Assert.All(Strengths, s => Assert.Contains(local, l => l.Operative && l.Strength == s));
            Assert.All(local, l => Assert.Equal(l.Operative, l.Strength is not null));
        }
    }

    [Fact]
    public void FreshSet_Lineages_NameLabelledOperativeParagraphsWithTheirStrength()
    {
        var labels = CommitmentLabel.Load(LabelFile).ToDictionary(l => l.Id, StringComparer.Ordinal);
        var lineages = LineageLabel.Load(LineageFile);
        Assert.True(lineages.Count(l => l.Steps.Count >= 2) >= 10);
        foreach (var step in lineages.SelectMany(l => l.Steps))
        {
            foreach (var id in new[] { step.Paragraph, step.Paragraph.Replace("-en/", "-id/", StringComparison.Ordinal) })
            {
                Assert.True(labels.TryGetValue(id, out var label) && label.Operative, $"{id} is not a labelled operative paragraph");
                Assert.Equal(step.Strength, label!.Strength);
            }
        }
    }

    [Fact]
    public void FreshSet_IsKeptApartFromTheBundledCorpus()
    {
        var bundled = Directory.EnumerateFiles(RepositoryPaths.Corpus, "*", SearchOption.AllDirectories).Select(Path.GetFileName).ToHashSet();
        var catalog = File.ReadAllText(Path.Combine(RepositoryPaths.Corpus, "catalog.json"));
        foreach (var document in fresh.Result.Library.Documents)
        {
            Assert.DoesNotContain(Path.GetFileName(document.Source), bundled);
            Assert.DoesNotContain(document.Id, catalog, StringComparison.Ordinal);
        }
    }

    // The floors are the issue's targets, met by the first measurement after the strength rule and the passive and
    // impersonal triggers (written from the rule, not from these texts): a change that lowers them is a regression on
    // material the rules were not tuned on.
    [Fact]
    public void FreshSet_ExtractorAndLinker_MeetTheTargetsInBothLanguages()
    {
        var library = fresh.Result.Library;
        var (extraction, extractionReport) = CommitmentExtractionTests.Score(CommitmentLabel.Load(LabelFile), library);
        var report = new StringBuilder("Fresh labelled set (tests/Archive.Core.Tests/Commitments/Fresh): floors operative F1 0.95, strength 0.95, link F1 0.80.\n\n")
            .Append(extractionReport);

        var catalog = Services.Build().GetRequiredService<CommitmentCatalogCache>().For(library);
        var (lineageF1, lineageReport) = LineageTests.Score(catalog, LineageLabel.Load(LineageFile));
        report.AppendLine().Append("Lineage links\n\n").Append(lineageReport);

        TestContext.Current.TestOutputHelper?.WriteLine(report.ToString());
        TestReports.Write("commitments-fresh.md", report.ToString());
        var failures = extraction.Where(f => f.F1 < 0.95 || f.Strength < 0.95).Select(f => $"{f.Language}: operative F1 {f.F1:F3}, strength {f.Strength:F3}")
            .Concat(lineageF1.Select((f, i) => (f, i)).Where(x => x.f < 0.8).Select(x => $"{(x.i == 0 ? "en" : "id")}: link F1 {x.f:F3}"))
            .ToList();
        Assert.True(failures.Count == 0, string.Join("\n", failures) + "\n" + report);
    }
}
