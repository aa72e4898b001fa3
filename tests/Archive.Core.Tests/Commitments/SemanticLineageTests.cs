using Archive.Core.Commitments;
using Archive.Core.Tests.Support;
using Archive.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Core.Tests.Commitments;

/// <summary>The lineage linker with the embedding signal (bundled model) against the labelled lineages, beside the lexical linker.</summary>
public sealed class SemanticLineageTests(SemanticIndexFixture index) : IClassFixture<SemanticIndexFixture>
{
    [Fact]
    public void Lineages_WithEmbeddings_LinkAboveTheFloor_AndAreReportedBesideLexical() =>
        ReportAndHold(index, labels: null, "lineages-embeddings.md", floor: 0.7);

    /// <summary>Compares, prints and writes the report to <paramref name="artifact"/>, and holds the semantic link F1 of both languages to <paramref name="floor"/>.</summary>
    internal static void ReportAndHold(IndexFixture index, IReadOnlyList<LineageLabel>? labels, string artifact, double floor)
    {
        var (_, semantic, report) = Compare(index, labels);
        TestContext.Current.TestOutputHelper?.WriteLine(report);
        TestReports.Write(artifact, report);
        Assert.All(semantic, f1 => Assert.True(f1 >= floor, report));
    }

    /// <summary>Lexical and semantic link figures of an indexed library against its labels (the tuning set unless given), as a report.</summary>
    internal static (IReadOnlyList<double> Lexical, IReadOnlyList<double> Semantic, string Report) Compare(IndexFixture index, IReadOnlyList<LineageLabel>? labels = null)
    {
        var catalogs = index.Services.GetRequiredService<CommitmentCatalogCache>();
        var lexical = LineageTests.Score(catalogs.For(index.Index.Library), labels);
        var semantic = LineageTests.Score(catalogs.For(index.Index.Library, index.Vectors!.Vectors), labels);
        return (lexical.F1, semantic.F1, "lexical\n" + lexical.Report + "\nlexical + embeddings (bundled MiniLM)\n" + semantic.Report);
    }
}

/// <summary>The same comparison on the fresh set, whose lineages the linker was not tuned on.</summary>
public sealed class FreshSemanticLineageTests(FreshSemanticIndexFixture index) : IClassFixture<FreshSemanticIndexFixture>
{
    [Fact]
    public void FreshLineages_WithEmbeddings_MeetTheTarget_AndAreReportedBesideLexical() =>
        SemanticLineageTests.ReportAndHold(index, LineageLabel.Load("lineages-fresh.json"), "lineages-fresh-embeddings.md", floor: 0.8);
}

/// <summary>
/// The same comparison on the third set, whose lineages cross a senior officials' meeting and a business forum
/// between two Ministerial Conferences: what a user of the service gets, embeddings being on by default.
/// </summary>
public sealed class ThirdSemanticLineageTests(ThirdSemanticIndexFixture index) : IClassFixture<ThirdSemanticIndexFixture>
{
    // The floor is below the target of 0.85 (measured 0.714): see ThirdCommitmentSetTests.
    [Fact]
    public void ThirdLineages_WithEmbeddings_HoldTheMeasuredFloor_AndAreReportedBesideLexical() =>
        SemanticLineageTests.ReportAndHold(index, LineageLabel.Load("lineages-third.json"), "lineages-third-embeddings.md", floor: 0.7);
}
