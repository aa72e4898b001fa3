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
    [InlineData("trafficking in persons and people smuggling", "")]
    [InlineData("\"the Bali Process\" \"Ad Hoc Group\"", "en")]
    [InlineData("perdagangan orang penyelundupan manusia \"Proses Bali\"", "")]
    [InlineData("\"people smuggling\" returns -\"voluntary return\"", "")]
    public void Hits_AndScores_AreThoseOfLucenesTermQueries(string query, string lang)
    {
        using var lease = index.Index.Acquire();
        using var twice = new MultiReader([lease.Searcher.IndexReader, lease.Searcher.IndexReader], closeSubReaders: false);
        var builder = index.Services.GetRequiredService<SearchQueryBuilder>();
        var language = DocumentLanguages.Parse(lang);
        foreach (var searcher in new[] { lease.Searcher, new IndexSearcher(twice) { Similarity = lease.Searcher.Similarity } })
        {
            // With a term lookup the builder looks terms up through it; without one, Lucene's term queries.
            var lookedUp = builder.Build(QuerySyntax.Parse(query), exact: false, language, new TermLookup(searcher.IndexReader), lease.Lexicon);
            var lucenes = builder.Build(QuerySyntax.Parse(query), exact: false, language, terms: null, lease.Lexicon);
            Assert.Contains(lookedUp.TaggedClauses, c => c.Query.GetType() != typeof(TermQuery) && c.Query.GetType() != typeof(PhraseQuery));
            Assert.All(lucenes.TaggedClauses.Where(c => c.Query is TermQuery), c => Assert.Equal(typeof(TermQuery), c.Query.GetType()));
            Assert.All(lucenes.TaggedClauses.Where(c => c.Query is PhraseQuery), c => Assert.Equal(typeof(PhraseQuery), c.Query.GetType()));
            Assert.All(lookedUp.TaggedClauses.Where(c => c.Query is PhraseQuery), c => Assert.Equal(typeof(LookedUpPhraseQuery), c.Query.GetType()));

            Assert.True(searcher.Search(lucenes.Relaxed(), 1).TotalHits > 0, query);
            foreach (var (ours, theirs) in new[] { (lookedUp.Strict(), lucenes.Strict()), (lookedUp.Relaxed(), lucenes.Relaxed()) })
            {
                var expected = searcher.Search(theirs, 50);
                var actual = searcher.Search(ours, 50);
                Assert.Equal(expected.TotalHits, actual.TotalHits);
                Assert.Equal(expected.ScoreDocs.Select(d => (d.Doc, d.Score)), actual.ScoreDocs.Select(d => (d.Doc, d.Score)));
            }
        }
    }

    [Fact]
    public async Task Searches_ReusingFinishedSearchesPostings_OnTwoThreads_AnswerAsTheFirstTime()
    {
        // Each search returns the postings it borrowed when its lease ends; later searches, two at a time, reuse them.
        string[] queries =
        [
            "returns reintegration", "trafficking in persons victims protection -smuggling", "helping poorer member countries train their officials",
            "kerja sama regional pemulangan korban", "\"Regional Support Office\" Kantor Dukungan Regional", "border management", "penyelundupan manusia",
        ];
        var token = TestContext.Current.CancellationToken;
        async Task<string> Answer(string query) => string.Join('\n', (await index.ArchiveSearch.SearchAsync(new SearchRequest(query, K: 20, Mode: SearchMode.Lexical), token))
            .Hits.Select(h => $"{h.Paragraph.Id} {h.Score:R} {string.Join(',', h.Marks)} {string.Join(',', h.Matched.Select(m => m.ToString()))}"));
        var first = new Dictionary<string, string>();
        foreach (var query in queries)
        {
            first[query] = await Answer(query);
        }

        var again = new System.Collections.Concurrent.ConcurrentBag<(string Query, string Answer)>();
        await Parallel.ForAsync(0, queries.Length * 6, new ParallelOptions { MaxDegreeOfParallelism = 2, CancellationToken = token }, async (i, _) =>
        {
            var query = queries[(i * 5) % queries.Length];
            again.Add((query, await Answer(query)));
        });

        Assert.All(first.Values, answer => Assert.NotEmpty(answer));
        Assert.All(again, a => Assert.Equal(first[a.Query], a.Answer));
    }
}
