using Archive.Core.Documents;
using Archive.Core.Embeddings;
using Archive.Core.Indexing;
using Archive.Core.Search;
using Archive.Core.Tests.Support;
using Lucene.Net.Search;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Core.Tests.Search;

/// <summary>
/// The scan keeps a full queue's least closest at hand and skips what cannot enter it: its matches and its closest
/// must be exactly those of comparing every paragraph and sorting them all.
/// </summary>
public sealed class SemanticScanTests(QuantizedIndexFixture index) : IClassFixture<QuantizedIndexFixture>
{
    public static TheoryData<string, int, string?> Cases => new()
    {
        { "return of irregular migrants to their countries of origin", 10, null },
        { "perdagangan orang dan penyelundupan manusia", 3, "id" },
        { "regional cooperation framework", 100, "en" },
        { "victims of trafficking", 1_000, null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Closest_AreTheTopOfEveryCosineSorted_AndMatchesAreEveryOneAboveTheFloor(string text, int limit, string? language)
    {
        const double Floor = 0.2;
        var token = TestContext.Current.CancellationToken;
        var query = await index.Services.GetRequiredService<EmbeddingService>().EmbedQueryAsync(text, token);
        var vectors = index.Services.GetRequiredService<ParagraphVectorStore>().For(index.Index.GenerationName)!;
        using var lease = index.Index.Acquire();
        var reader = lease.Searcher.IndexReader;
        var request = new SearchRequest(text, language is null ? DocumentLanguage.Unknown : DocumentLanguages.Parse(language));
        var filter = SearchFilters.For(request);

        var scanned = SemanticScan.Run(reader, filter, vectors, query, Floor, limit);

        var allowed = Allowed(lease.Searcher, filter, reader.MaxDoc);
        var rows = vectors.DocumentRows(reader, IndexFields.Id);
        var cosines = new float[vectors.Rows];
        vectors.RowCosines(query, cosines);
        var expected = Enumerable.Range(0, reader.MaxDoc)
            .Where(doc => allowed.Contains(doc) && rows[doc] >= 0)
            .Select(doc => (Doc: doc, Cosine: cosines[rows[doc]]))
            .Where(m => m.Cosine >= Floor)
            .ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Count, scanned.All.Cardinality);
        Assert.All(expected, m => Assert.True(scanned.All.Get(m.Doc)));
        var top = expected.OrderByDescending(m => m.Cosine).ThenBy(m => m.Doc).Take(limit).ToList();
        Assert.Equal(top.Select(m => m.Doc), scanned.Closest.Select(m => m.Doc));
        Assert.Equal(Enumerable.Range(1, top.Count), scanned.Closest.Select(m => m.Rank));
    }

    private static HashSet<int> Allowed(IndexSearcher searcher, Filter? filter, int maxDoc)
    {
        if (filter is null)
        {
            return [.. Enumerable.Range(0, maxDoc)];
        }

        var collector = TopScoreDocCollector.Create(maxDoc, docsScoredInOrder: true);
        searcher.Search(new MatchAllDocsQuery(), filter, collector);
        return [.. collector.GetTopDocs().ScoreDocs.Select(d => d.Doc)];
    }
}
