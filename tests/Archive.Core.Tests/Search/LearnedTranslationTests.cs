using Archive.Contracts;
using Archive.Core.Documents;
using Archive.Core.Search;
using Archive.Core.Tests.Support;

namespace Archive.Core.Tests.Search;

/// <summary>
/// Translations learned with the index carry a query to paragraphs without a counterpart, and only to those: the
/// corpus indexed without the Indonesian version of the Fifth Conference's statement, whose English one is then alone.
/// </summary>
public sealed class LearnedTranslationTests(LexicalHeldOutFixture heldOut) : IClassFixture<LexicalHeldOutFixture>
{
    private const int EnglishOnly = 5;

    [Fact]
    public async Task Search_IndonesianQueryOnAnEnglishOnlyStatement_FindsItThroughLearnedTranslationsAndSaysSo()
    {
        var result = await SearchAsync(lexicon: true, EnglishOnly);

        var hit = result.Hits[0];
        Assert.Equal("bpmc5-2013-cochairs-en/p15", hit.Paragraph.Id);
        Assert.Null(hit.Counterpart);
        Assert.Contains(hit.Matched, m => m is { Source: MatchSource.Learned, Via: MatchVia.Text, Term: "return", QueryTerm: "pemulangan" });
        Assert.Contains("<mark>return</mark>", HitHtml.Highlight(hit.Paragraph.Text, hit.Marks), StringComparison.Ordinal);
        Assert.All(hit.Matched.Where(m => m.Source == MatchSource.Learned), m => Assert.True(m.Score > 0));
    }

    [Fact]
    public async Task Search_ParagraphsWithACounterpart_AreFoundThroughItAndNotThroughLearnedTranslations()
    {
        var result = await SearchAsync(lexicon: true, conference: 6);

        Assert.NotEmpty(result.Hits);
        Assert.All(result.Hits, h => Assert.DoesNotContain(h.Matched, m => m.Source == MatchSource.Learned));
    }

    [Fact]
    public async Task Build_WithTheLexiconOff_SearchesWithTheGlossaryAlone()
    {
        var result = await SearchAsync(lexicon: false, EnglishOnly);

        Assert.All(result.Hits, h => Assert.DoesNotContain(h.Matched, m => m.Source == MatchSource.Learned));
        using var lease = heldOut.Index(lexicon: false).Acquire();
        Assert.Equal(0, lease.Lexicon.Count);
    }

    /// <summary>"pemulangan reintegrasi" (returns, reintegration) among a conference's English paragraphs, lexically.</summary>
    private async Task<SearchResult> SearchAsync(bool lexicon, int conference)
    {
        await heldOut.HoldOutAsync(EnglishOnly);
        return await heldOut.Search(lexicon).SearchAsync(
            new SearchRequest("pemulangan reintegrasi", DocumentLanguage.English, Conference: conference, Mode: SearchMode.Lexical), TestContext.Current.CancellationToken);
    }
}
