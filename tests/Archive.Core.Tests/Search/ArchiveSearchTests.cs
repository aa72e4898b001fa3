using Archive.Core.Documents;
using Archive.Core.Search;
using Archive.Core.Tests.Support;
using Archive.Core.Text;

namespace Archive.Core.Tests.Search;

/// <summary>The hybrid and semantic modes over the sample corpus with the bundled model.</summary>
public sealed class ArchiveSearchTests(SemanticIndexFixture index) : IClassFixture<SemanticIndexFixture>
{
    private Task<SearchResult> SearchAsync(SearchRequest request) => index.ArchiveSearch.SearchAsync(request, TestContext.Current.CancellationToken);

    [Fact]
    public async Task DefaultMode_WithEmbeddingsOn_IsHybrid_AndEveryHitSaysWhatMadeItsRank()
    {
        var result = await SearchAsync(new SearchRequest("sending people home safely"));

        Assert.Equal(SearchMode.Hybrid, result.Mode);
        Assert.Null(result.MeaningUnavailable);
        Assert.NotEmpty(result.Hits);
        Assert.All(result.Hits, h => Assert.True(h.Scores.LexicalRank is not null || h.Scores.SemanticRank is not null));
        Assert.All(result.Hits, h => Assert.NotNull(h.Scores.Semantic));
        Assert.Equal(result.Hits.Select(h => h.Score).OrderDescending(), result.Hits.Select(h => h.Score));
        Assert.Contains(result.Hits.Take(5), h => h.Paragraph.Text.Contains("return", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Semantic_FindsParagraphsSharingNoWordWithTheQuery_AndKeepsFilters()
    {
        const string query = "sending people home safely";
        var result = await SearchAsync(new SearchRequest(query, DocumentLanguage.English, FromYear: 2016, Mode: SearchMode.Semantic));

        Assert.Equal(SearchMode.Semantic, result.Mode);
        Assert.NotEmpty(result.Hits);
        Assert.All(result.Hits, h => Assert.Equal(DocumentLanguage.English, h.Document.Language));
        Assert.All(result.Hits, h => Assert.True(h.Document.Metadata.Date!.Value.Year >= 2016));
        Assert.All(result.Hits, h => Assert.Null(h.Scores.Lexical));
        Assert.Contains(result.Hits, h => !Words.Tokens(h.Paragraph.Text).Intersect(Words.Tokens(query), StringComparer.OrdinalIgnoreCase).Any());
        Assert.Equal(Enumerable.Range(1, result.Hits.Count), result.Hits.Select(h => h.Scores.SemanticRank!.Value));
        Assert.Equal(result.Total, result.Facets["language"].Sum(f => f.Count));
    }

    [Fact]
    public async Task Semantic_IndonesianQuery_FindsIndonesianParagraphsOnItsTopic()
    {
        var result = await SearchAsync(new SearchRequest("pemulangan sukarela dan reintegrasi", DocumentLanguage.Indonesian, K: 5, Mode: SearchMode.Semantic));

        Assert.NotEmpty(result.Hits);
        Assert.All(result.Hits, h => Assert.Equal(DocumentLanguage.Indonesian, h.Document.Language));
        Assert.Contains(result.Hits, h => h.Paragraph.Text.Contains("reintegrasi", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData(SearchMode.Hybrid)]
    [InlineData(SearchMode.Semantic)]
    public async Task SortByDate_OrdersEveryMatchNewestFirst_InTheModeAskedFor(SearchMode mode)
    {
        var byRelevance = await SearchAsync(new SearchRequest("sending people home safely", K: 100, Mode: mode));
        var byDate = await SearchAsync(new SearchRequest("sending people home safely", K: 100, Sort: SearchSort.Newest, Mode: mode));

        Assert.Equal(mode, byDate.Mode);
        Assert.Equal(byRelevance.Total, byDate.Total);
        var years = byDate.Hits.Select(h => h.Document.Metadata.Date!.Value.Year).ToList();
        Assert.Equal(years.OrderDescending(), years);
        Assert.Contains(byDate.Hits, h => h.Scores.LexicalRank is null);
    }

    [Fact]
    public async Task Hybrid_CollapsedAndPaged_GivesDistinctDocumentsWithoutOverlap()
    {
        var first = await SearchAsync(new SearchRequest("returns", K: 3, CollapseDocuments: true, Mode: SearchMode.Hybrid));
        var second = await SearchAsync(new SearchRequest("returns", K: 3, Offset: 3, CollapseDocuments: true, Mode: SearchMode.Hybrid));

        var documents = first.Hits.Concat(second.Hits).Select(h => h.Document.Id).ToList();
        Assert.Equal(documents.Count, documents.Distinct().Count());
        Assert.Equal(6, documents.Count);
    }
}

/// <summary>With embeddings off, every mode answers lexically and says why.</summary>
public sealed class ArchiveSearchWithoutEmbeddingsTests(SampleIndexFixture index) : IClassFixture<SampleIndexFixture>
{
    [Theory]
    [InlineData(SearchMode.Hybrid)]
    [InlineData(SearchMode.Semantic)]
    public async Task Mode_WithEmbeddingsOff_FallsBackToLexical(SearchMode mode)
    {
        var result = await index.ArchiveSearch.SearchAsync(new SearchRequest("returns", Mode: mode), TestContext.Current.CancellationToken);

        Assert.Equal(SearchMode.Lexical, result.Mode);
        Assert.Contains("embeddings are off", result.MeaningUnavailable, StringComparison.Ordinal);
        Assert.NotEmpty(result.Hits);
        Assert.Equal(SearchMode.Lexical, index.ArchiveSearch.DefaultMode);
    }
}
