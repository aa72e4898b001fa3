using System.Globalization;
using System.Text;
using Archive.Core.Analysis;
using Archive.Core.Commitments;
using Archive.Core.Documents;
using Archive.Core.Tests.Support;
using Archive.Testing;

namespace Archive.Core.Tests.Commitments;

/// <summary>
/// The commitment catalog (the extractor, and each paragraph's counterpart where its own words set nothing) against
/// the labelled paragraphs, per language: precision, recall and F1 of operative-clause detection, accuracy of the
/// strongest clause's strength and addressee. Prints the figures and holds floors.
/// </summary>
public sealed class CommitmentExtractionTests(SampleCorpusFixture corpus) : IClassFixture<SampleCorpusFixture>
{
    private static readonly ArchiveAnalyzers Analyzers = new();
    private static readonly CommitmentExtractor Extractor = new(new CommitmentRules(Analyzers));

    [Fact]
    public void Extraction_LabelledParagraphs_MeetsFloorsInBothLanguages()
    {
        var labels = CommitmentLabel.Load();
        Assert.True(labels.Count >= 150);
        var (figures, report) = Score(labels, corpus.Result.Library);
        TestContext.Current.TestOutputHelper?.WriteLine(report);
        TestReports.Write("commitments.md", report);
        var failures = figures.Where(f => f.F1 < 0.95 || f.Strength < 0.95).Select(f => $"{f.Language}: F1 {f.F1:F3}, strength {f.Strength:F3}").ToList();
        Assert.True(failures.Count == 0, string.Join("\n", failures) + "\n" + report);
    }

    /// <summary>
    /// Per language, English then Indonesian: precision, recall and F1 of operative detection over the labelled
    /// paragraphs of a library, and the accuracy of the strongest clause's strength and addressee.
    /// </summary>
    internal static (IReadOnlyList<ExtractionFigures> Figures, string Report) Score(IReadOnlyList<CommitmentLabel> labels, DocumentLibrary library)
    {
        var report = new StringBuilder("| language | paragraphs | operative P | R | F1 | strength accuracy | addressee accuracy |\n|---|---|---|---|---|---|---|\n");
        var figures = new List<ExtractionFigures>();
        var catalog = CommitmentCatalog.Build(library, Extractor, new LineageLinker(new LexicalSimilarity(Analyzers)));
        foreach (var language in new[] { "en", "id" })
        {
            var scored = labels.Where(l => l.Id.Contains($"-{language}/", StringComparison.Ordinal)).Select(l => Strongest(catalog, library, l)).ToList();
            int tp = scored.Count(s => s.Label.Operative && s.Strongest is not null);
            int fp = scored.Count(s => !s.Label.Operative && s.Strongest is not null);
            int fn = scored.Count(s => s.Label.Operative && s.Strongest is null);
            var precision = tp / (double)Math.Max(1, tp + fp);
            var recall = tp / (double)Math.Max(1, tp + fn);
            var f1 = 2 * precision * recall / Math.Max(1e-9, precision + recall);
            var both = scored.Where(s => s.Label.Operative && s.Strongest is not null).ToList();
            var strength = both.Count(s => s.Strongest!.Strength.ToCode() == s.Label.Strength) / (double)Math.Max(1, both.Count);
            var addressee = both.Count(s => s.Strongest!.Addressee == s.Label.Addressee) / (double)Math.Max(1, both.Count);
            report.AppendLine(CultureInfo.InvariantCulture, $"| {language} | {scored.Count} | {precision:F3} | {recall:F3} | {f1:F3} | {strength:F3} | {addressee:F3} |");
            figures.Add(new ExtractionFigures(language, precision, recall, f1, strength, addressee));
        }

        return (figures, report.ToString());
    }

    private static (CommitmentLabel Label, Commitment? Strongest) Strongest(CommitmentCatalog catalog, DocumentLibrary library, CommitmentLabel label)
    {
        _ = library.FindParagraph(label.Id) ?? throw new InvalidOperationException($"no paragraph {label.Id}");
        var strongest = catalog.InParagraph(label.Id).OrderByDescending(c => c.Strength).FirstOrDefault();
        return (label, strongest);
    }
}
