using Archive.Core.Documents;
using Archive.Core.Search;
using Archive.Core.Tests.Support;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Core.Tests.Search;

/// <summary>
/// Term queries whose postings are opened through one enumeration per segment and field score as Lucene's own: the
/// same hits with the same scores for the strict and the relaxed query, on one segment and on two.
/// </summary>
public sealed class TermLookupTests(SampleIndexFixture index) : IClassFixture<SampleIndexFixture>
{
    [Theory]
    [InlineData("returns reintegration", "")]
    [InlineData("trafficking in persons victims protection -smuggling", "en")]
    [InlineData("helping poorer member countries train their officials", "")]
    [InlineData("kerja sama regional pemulangan korban", "id")]
    [InlineData("\"Regional Support Office\" Kantor Dukungan Regional", "")]
    public void Hits_AndScores_AreThoseOfLucenesTermQueries(string query, string lang)
    {
        using var lease = index.Index.Acquire();
        using var twice = new MultiReader([lease.Searcher.IndexReader, lease.Searcher.IndexReader], closeSubReaders: false);
        var builder = index.Services.GetRequiredService<SearchQueryBuilder>();
        var language = DocumentLanguages.Parse(lang);
        foreach (var searcher in new[] { lease.Searcher, new IndexSearcher(twice) { Similarity = lease.Searcher.Similarity } })
        {
            // With a reader the builder looks terms up through a TermLookup; without one, Lucene's term queries.
            var lookedUp = builder.Build(QuerySyntax.Parse(query), exact: false, language, searcher.IndexReader, lease.Lexicon);
            var lucenes = builder.Build(QuerySyntax.Parse(query), exact: false, language, reader: null, lease.Lexicon);
            Assert.Contains(lookedUp.TaggedClauses, c => c.Query is TermQuery term && term.GetType() != typeof(TermQuery));
            Assert.All(lucenes.TaggedClauses.Where(c => c.Query is TermQuery), c => Assert.Equal(typeof(TermQuery), c.Query.GetType()));

            foreach (var (ours, theirs) in new[] { (lookedUp.Strict(), lucenes.Strict()), (lookedUp.Relaxed(), lucenes.Relaxed()) })
            {
                var expected = searcher.Search(theirs, 50);
                var actual = searcher.Search(ours, 50);
                Assert.Equal(expected.TotalHits, actual.TotalHits);
                Assert.Equal(expected.ScoreDocs.Select(d => (d.Doc, d.Score)), actual.ScoreDocs.Select(d => (d.Doc, d.Score)));
            }
        }
    }
}
