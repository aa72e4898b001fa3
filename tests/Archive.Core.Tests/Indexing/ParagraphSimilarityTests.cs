using Archive.Core.Documents;
using Archive.Core.Indexing;
using Archive.Core.Search;
using Archive.Core.Tests.Search;
using Archive.Core.Tests.Support;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Core.Tests.Indexing;

/// <summary>
/// The archive's similarity is Lucene's BM25 to the bit: every relevance query, strict and relaxed, finds the same
/// paragraphs with exactly the same scores and explanations as through <see cref="BM25Similarity"/> with the same
/// coordination factor.
/// </summary>
public sealed class ParagraphSimilarityTests(SampleIndexFixture index) : IClassFixture<SampleIndexFixture>
{
    [Fact]
    public void Scores_AndExplanations_AreLucenesBm25ToTheBit()
    {
        using var lease = index.Index.Acquire();
        var reader = lease.Searcher.IndexReader;
        var ours = new IndexSearcher(reader) { Similarity = new ParagraphSimilarity() };
        var lucenes = new IndexSearcher(reader) { Similarity = new LucenesBm25() };
        var builder = index.Services.GetRequiredService<SearchQueryBuilder>();
        var compared = 0;
        foreach (var query in RelevanceQuery.Load())
        {
            var built = builder.Build(QuerySyntax.Parse(query.Query), exact: false, DocumentLanguages.Parse(query.Lang), lexicon: lease.Lexicon);
            foreach (var lucene in new[] { built.Strict(), built.Relaxed() })
            {
                var expected = lucenes.Search(lucene, reader.MaxDoc).ScoreDocs;
                var actual = ours.Search(lucene, reader.MaxDoc).ScoreDocs;
                Assert.Equal(expected.Select(d => (d.Doc, d.Score)), actual.Select(d => (d.Doc, d.Score)));
                foreach (var hit in expected.Take(3))
                {
                    // Named after the similarity's class, which differs; the rest must not.
                    Assert.Equal(
                        lucenes.Explain(lucene, hit.Doc).ToString().Replace(nameof(LucenesBm25), nameof(ParagraphSimilarity), StringComparison.Ordinal),
                        ours.Explain(lucene, hit.Doc).ToString());
                }

                compared += expected.Length;
            }
        }

        Assert.True(compared > 5_000, $"{compared} hits compared");
    }

    /// <summary>Lucene's BM25 with the archive's coordination factor.</summary>
    private sealed class LucenesBm25 : BM25Similarity
    {
        public override float Coord(int overlap, int maxOverlap) => new ParagraphSimilarity().Coord(overlap, maxOverlap);
    }
}
