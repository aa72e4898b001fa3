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
        await heldOut.HoldOutAsync(EnglishOnly);

        var result = await heldOut.Search(lexicon: true).SearchAsync(
            new SearchRequest("pemulangan reintegrasi", DocumentLanguage.English, Conference: EnglishOnly, Mode: SearchMode.Lexical), TestContext.Current.CancellationToken);

        var hit = result.Hits[0];
        Assert.Equal("bpmc5-2013-cochairs-en/p15", hit.Paragraph.Id);
        Assert.Null(hit.Counterpart);
        Assert.Contains(hit.Matched, m => m is { Source: MatchSource.Learned, Via: MatchVia.Text, Term: "return", QueryTerm: "pemulangan" });
        Assert.Contains("<mark>return</mark>", hit.Highlight, StringComparison.Ordinal);
        Assert.All(hit.Matched.Where(m => m.Source == MatchSource.Learned), m => Assert.True(m.Score > 0));
    }

    [Fact]
    public async Task Search_ParagraphsWithACounterpart_AreFoundThroughItAndNotThroughLearnedTranslations()
    {
        await heldOut.HoldOutAsync(EnglishOnly);

        var result = await heldOut.Search(lexicon: true).SearchAsync(
            new SearchRequest("pemulangan reintegrasi", DocumentLanguage.English, Conference: 6, Mode: SearchMode.Lexical), TestContext.Current.CancellationToken);

        Assert.NotEmpty(result.Hits);
        Assert.All(result.Hits, h => Assert.DoesNotContain(h.Matched, m => m.Source == MatchSource.Learned));
    }

    [Fact]
    public async Task Build_WithTheLexiconOff_SearchesWithTheGlossaryAlone()
    {
        await heldOut.HoldOutAsync(EnglishOnly);

        var result = await heldOut.Search(lexicon: false).SearchAsync(
            new SearchRequest("pemulangan reintegrasi", DocumentLanguage.English, Conference: EnglishOnly, Mode: SearchMode.Lexical), TestContext.Current.CancellationToken);

        Assert.All(result.Hits, h => Assert.DoesNotContain(h.Matched, m => m.Source == MatchSource.Learned));
        using var lease = heldOut.Index(lexicon: false).Acquire();
        Assert.Equal(0, lease.Lexicon.Count);
    }
}
