using Archive.Core.Search;
using Archive.Core.Tests.Support;
using Lucene.Net.Util;

namespace Archive.Core.Tests.Search;

/// <summary>A relaxed search: one pass over the paragraphs with any of the words, those with most of them first.</summary>
public sealed class GroupOverlapTests(SampleIndexFixture index) : IClassFixture<SampleIndexFixture>
{
    [Theory]
    [InlineData("perekrut yang memangsa korban lewat medsos dan aplikasi chat")]
    [InlineData("boats in trouble at sea who takes them in")]
    public void Shares_AreWhatASearchForEachWordFinds_AndTheFirstHitHasTheMost(string query)
    {
        var request = new SearchRequest(query, K: 20);
        using var lease = index.Index.Acquire();
        var found = index.Searcher.LexicalMatches(lease, QuerySyntax.Parse(query), request, 0, 20, TestContext.Current.CancellationToken);
        var docs = found.Docs.Select(d => d.Doc).ToList();

        var shares = GroupOverlap.Shares(lease.Searcher, found.Query.Groups, docs);

        Assert.True(found.Relaxed);
        Assert.True(found.Query.Groups.Count >= 4);
        var matchesOfEachGroup = found.Query.Groups.Select(group =>
        {
            var matches = new FixedBitSet(lease.Searcher.IndexReader.MaxDoc);
            lease.Searcher.Search(group, new MatchSetCollector(matches));
            return matches;
        }).ToList();
        Assert.All(docs, doc => Assert.Equal(matchesOfEachGroup.Count(m => m.Get(doc)), shares[doc] * found.Query.Groups.Count, 6));
        Assert.Equal(shares.Values.Max(), shares[docs[0]]);
        Assert.Contains(shares.Values, s => s < shares[docs[0]]);
    }

    [Fact]
    public void RelaxedSearch_CountsEveryParagraphWithAnyWord_AndSaysItIsRelaxed()
    {
        const string query = "boats in trouble at sea who takes them in";
        var result = index.Search(new SearchRequest(query, K: 10));
        var oneWord = index.Search(new SearchRequest("boats", K: 10));

        Assert.True(result.Relaxed);
        Assert.False(oneWord.Relaxed);
        Assert.True(result.Total >= oneWord.Total);
        Assert.Equal(result.Total, result.Facets["language"].Sum(f => f.Count));
    }
}
