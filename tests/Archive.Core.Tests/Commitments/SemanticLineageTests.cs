using Archive.Core.Commitments;
using Archive.Core.Tests.Support;
using Archive.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Core.Tests.Commitments;

/// <summary>The lineage linker with the embedding signal (bundled model) against the labelled lineages, beside the lexical linker.</summary>
public sealed class SemanticLineageTests(SemanticIndexFixture index) : IClassFixture<SemanticIndexFixture>
{
    [Fact]
    public void Lineages_WithEmbeddings_LinkAboveTheFloor_AndAreReportedBesideLexical()
    {
        var catalogs = index.Services.GetRequiredService<CommitmentCatalogCache>();
        var vectors = index.Vectors!.Vectors;
        var lexical = LineageTests.Score(catalogs.For(index.Index.Library));
        var semantic = LineageTests.Score(catalogs.For(index.Index.Library, vectors));
        var report = "lexical\n" + lexical.Report + "\nlexical + embeddings (bundled MiniLM)\n" + semantic.Report;
        TestContext.Current.TestOutputHelper?.WriteLine(report);
        TestReports.Write("lineages-embeddings.md", report);
        Assert.All(semantic.F1, f1 => Assert.True(f1 >= 0.7, report));
    }
}
