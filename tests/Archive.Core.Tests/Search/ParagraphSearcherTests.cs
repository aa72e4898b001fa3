using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Archive.Contracts;
using Archive.Core.Analysis;
using Archive.Core.Documents;
using Archive.Core.Search;
using Archive.Core.Tests.Support;
using Archive.Testing;

namespace Archive.Core.Tests.Search;

public sealed partial class ParagraphSearcherTests(SampleIndexFixture index) : IClassFixture<SampleIndexFixture>
{
    [Fact]
    public void Search_IndonesianQuery_FindsEnglishParagraph()
    {
        var result = index.Search(new SearchRequest("pemulangan reintegrasi", DocumentLanguage.English));

        Assert.NotEmpty(result.Hits);
        Assert.All(result.Hits, h => Assert.Equal(DocumentLanguage.English, h.Document.Language));
        Assert.Contains(result.Hits, h => h.Paragraph.Id == "bpmc6-2016-cochairs-en/p5");
        Assert.All(result.Hits, h => Assert.Contains(h.Matched, m => m.Via == MatchVia.Counterpart || m.Source == MatchSource.Glossary));
    }

    [Fact]
    public void Search_EnglishQueryForIndonesian_FindsParagraphsWhoseCounterpartsMatch()
    {
        var result = index.Search(new SearchRequest("online scams", DocumentLanguage.Indonesian));

        Assert.Contains(result.Hits, h => h.Paragraph.Id == "bpmc8-2023-cochairs-id/p7");
        var hit = result.Hits[0];
        Assert.Equal(DocumentLanguage.Indonesian, hit.Document.Language);
        Assert.NotNull(hit.Counterpart);
        Assert.EndsWith("-en/" + hit.Paragraph.Anchor, hit.Counterpart.Id, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_GlossaryTerm_ExpandsIntoTheOtherLanguageAndSaysSo()
    {
        var result = index.Search(new SearchRequest("penipuan daring", DocumentLanguage.English));

        var glossary = result.Hits.SelectMany(h => h.Matched).Where(m => m.Source == MatchSource.Glossary).ToList();
        Assert.NotEmpty(glossary);
        Assert.Contains(glossary, m => m.Term == "online scams" && m.QueryTerm == "penipuan daring");
    }

    [Fact]
    public void Search_AnyLanguage_ReturnsBothVersionsAndRanksOwnTextFirst()
    {
        var result = index.Search(new SearchRequest("returns reintegration", K: 50));

        var english = result.Hits.First(h => h.Paragraph.Id == "bpmc6-2016-cochairs-en/p5");
        var indonesian = result.Hits.First(h => h.Paragraph.Id == "bpmc6-2016-cochairs-id/p5");
        Assert.True(english.Score > indonesian.Score);
        Assert.Equal(2, result.Facets["language"].Count);
    }

    [Fact]
    public void Search_Phrase_RequiresTheWordsTogether()
    {
        var phrase = index.Search(new SearchRequest("\"Regional Support Office\"", DocumentLanguage.English, K: 100));
        var words = index.Search(new SearchRequest("regional support office", DocumentLanguage.English, K: 100));

        Assert.All(phrase.Hits, h => Assert.Contains("Regional Support Office", h.Paragraph.Text, StringComparison.OrdinalIgnoreCase));
        Assert.True(words.Total >= phrase.Total);
        Assert.Contains("<mark>Regional Support Office</mark>", HitHtml.Highlight(phrase.Hits[0].Paragraph.Text, phrase.Hits[0].Marks), StringComparison.Ordinal);
    }

    [Fact]
    public void Search_ExcludedWord_RemovesParagraphsThatHaveIt()
    {
        var all = index.Search(new SearchRequest("returns", DocumentLanguage.English, K: 100));
        var without = index.Search(new SearchRequest("returns -victims", DocumentLanguage.English, K: 100));

        Assert.True(without.Total < all.Total);
        Assert.All(without.Hits, h => Assert.DoesNotContain("victim", h.Paragraph.Text, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Search_Or_FindsParagraphsWithEitherWord()
    {
        var scams = index.Search(new SearchRequest("scams", DocumentLanguage.English, K: 100)).Total;
        var disembarkation = index.Search(new SearchRequest("disembarkation", DocumentLanguage.English, K: 100)).Total;

        var either = index.Search(new SearchRequest("scams OR disembarkation", DocumentLanguage.English, K: 100));

        Assert.True(either.Total >= Math.Max(scams, disembarkation));
        Assert.True(either.Total <= scams + disembarkation);
        Assert.False(either.Relaxed);
    }

    [Fact]
    public void Search_Exact_MatchesTheWordAsWrittenOnly()
    {
        var stemmed = index.Search(new SearchRequest("return", DocumentLanguage.English, K: 100));
        var exact = index.Search(new SearchRequest("return", DocumentLanguage.English, K: 100, Exact: true));

        Assert.True(stemmed.Total > exact.Total);
        Assert.All(exact.Hits, h => Assert.Matches(@"(?i)\breturn\b", h.Paragraph.Text));
        Assert.All(exact.Hits, h => Assert.All(h.Matched, m => Assert.Equal(MatchVia.Exact, m.Via)));
    }

    [Fact]
    public void Search_Filters_ByTypeConferenceAndYears()
    {
        var result = index.Search(new SearchRequest("ministers", Type: DocumentType.Declaration, K: 100));
        var conference = index.Search(new SearchRequest("ministers", Conference: 7, K: 100));
        var years = index.Search(new SearchRequest("ministers", FromYear: 2013, ToYear: 2016, K: 100));

        Assert.NotEmpty(result.Hits);
        Assert.NotEmpty(conference.Hits);
        Assert.All(result.Hits, h => Assert.Equal(DocumentType.Declaration, h.Document.Metadata.Type));
        Assert.All(conference.Hits, h => Assert.Equal(7, h.Document.Metadata.Conference));
        Assert.All(years.Hits, h => Assert.InRange(h.Document.Metadata.Date!.Value.Year, 2013, 2016));
        Assert.Equal(["2013", "2016"], years.Facets["year"].Select(f => f.Value));
    }

    [Fact]
    public void Search_Facets_CountEveryMatchNotOnlyThePage()
    {
        var result = index.Search(new SearchRequest("ministers", K: 5));

        Assert.Equal(5, result.Hits.Count);
        Assert.Equal(result.Total, result.Facets["language"].Sum(f => f.Count));
        Assert.Equal(result.Total, result.Facets["type"].Sum(f => f.Count));
        Assert.Equal(SampleCorpus.Conferences.Select(c => c.ToString(CultureInfo.InvariantCulture)), result.Facets["conference"].Select(f => f.Value));
    }

    [Fact]
    public void Search_Pages_FollowOneAnother()
    {
        var first = index.Search(new SearchRequest("cooperation", K: 10));
        var second = index.Search(new SearchRequest("cooperation", K: 10, Offset: 10));
        var both = index.Search(new SearchRequest("cooperation", K: 20));

        Assert.Equal(both.Hits.Select(h => h.Paragraph.Id), first.Hits.Concat(second.Hits).Select(h => h.Paragraph.Id));
    }

    [Fact]
    public void Search_SortByDate_PutsNewestFirst()
    {
        var newest = index.Search(new SearchRequest("ministers", K: 100, Sort: SearchSort.Newest));
        var oldest = index.Search(new SearchRequest("ministers", K: 100, Sort: SearchSort.Oldest));

        var dates = newest.Hits.Select(h => h.Document.Metadata.Date!.Value.Start).ToList();
        Assert.Equal(dates.OrderDescending(), dates);
        Assert.Equal(2009, oldest.Hits[0].Document.Metadata.Date!.Value.Year);
    }

    [Fact]
    public void Search_Collapsed_GivesOneHitPerDocument()
    {
        var result = index.Search(new SearchRequest("ministers", K: SampleCorpus.Documents, CollapseDocuments: true));

        Assert.Equal(result.Hits.Count, result.Hits.Select(h => h.Document.Id).Distinct().Count());
        Assert.Equal(DocumentsMatching("ministers"), result.Total);
        Assert.Equal(result.Total, result.Hits.Count);
    }

    [Fact]
    public void Search_NoParagraphWithAllWords_IsRelaxedAndSaysSo()
    {
        var result = index.Search(new SearchRequest("sending people home safely", DocumentLanguage.English));

        Assert.True(result.Relaxed);
        Assert.NotEmpty(result.Hits);
    }

    [Fact]
    public void Search_OnlyCommonWords_IsRefused()
    {
        var error = Assert.Throws<QuerySyntaxException>(() => index.Search(new SearchRequest("the and dan")));

        Assert.StartsWith("the query has only common words", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_Hit_ExplainsItsScore()
    {
        var hit = index.Search(new SearchRequest("trafficking victims", DocumentLanguage.English)).Hits[0];

        Assert.Equal(hit.Score, hit.Matched.Sum(m => m.Score), 3);
        Assert.Contains(hit.Matched, m => m.QueryTerm == "trafficking");
        Assert.Contains(hit.Matched, m => m.QueryTerm == "victims");
    }

    [Fact]
    public void Search_Highlight_EncodesHtmlAroundTheMarks()
    {
        var hit = index.Search(new SearchRequest("Co-Chairs", DocumentLanguage.English, K: 100)).Hits
            .First(h => h.Paragraph.Text.Contains("Co-Chairs'", StringComparison.Ordinal));

        Assert.Contains("<mark>Co-Chairs</mark>&#39;", HitHtml.Highlight(hit.Paragraph.Text, hit.Marks), StringComparison.Ordinal);
        var unmarked = Mark().Replace(HitHtml.Highlight(hit.Paragraph.Text, hit.Marks), string.Empty);
        Assert.DoesNotContain(unmarked, c => c is '<' or '>' or '\'' or '"');
        Assert.Equal(hit.Paragraph.Text, WebUtility.HtmlDecode(unmarked));
    }

    [Theory]
    [InlineData("return", DocumentLanguage.English, "returns")]
    [InlineData("return", DocumentLanguage.English, "returned")]
    [InlineData("pulang", DocumentLanguage.Indonesian, "dipulangkan")]
    public void Search_Highlight_MarksEveryStemmedFormOfTheQueryWord(string query, DocumentLanguage language, string form)
    {
        var hits = index.Search(new SearchRequest(query, language, K: 100)).Hits.Where(h => HasWord(h.Paragraph.Text, form)).ToList();

        Assert.NotEmpty(hits);
        Assert.All(hits, h =>
        {
            Assert.Contains($"<mark>{form}</mark>", HitHtml.Highlight(h.Paragraph.Text, h.Marks), StringComparison.OrdinalIgnoreCase);
            Assert.False(HasWord(MarkedSpan().Replace(HitHtml.Highlight(h.Paragraph.Text, h.Marks), string.Empty), form), $"an unmarked {form} in {HitHtml.Highlight(h.Paragraph.Text, h.Marks)}");
        });
    }

    [Fact]
    public void Analyzers_ProtectedIndonesianWords_AreNotOverStemmed()
    {
        using var analyzers = new ArchiveAnalyzers();

        Assert.Equal(["menteri", "kawasan", "kerja", "sama"], ArchiveAnalyzers.Tokens(analyzers.Indonesian, "f", "Menteri kawasan kerja sama"));
        Assert.Equal(["pulang"], ArchiveAnalyzers.Tokens(analyzers.Indonesian, "f", "dipulangkan"));
    }

    /// <summary>How many documents have a paragraph that matches <paramref name="query"/>, counted page by page without collapsing.</summary>
    private int DocumentsMatching(string query)
    {
        var documents = new HashSet<string>(StringComparer.Ordinal);
        for (var offset = 0; ; offset += 100)
        {
            var page = index.Search(new SearchRequest(query, K: 100, Offset: offset));
            documents.UnionWith(page.Hits.Select(h => h.Document.Id));
            if (offset + 100 >= page.Total)
            {
                return documents.Count;
            }
        }
    }

    private static bool HasWord(string text, string word) => Regex.IsMatch(text, $@"(?i)\b{Regex.Escape(word)}\b");

    [GeneratedRegex("</?mark>")]
    private static partial Regex Mark();

    [GeneratedRegex("<mark>.*?</mark>")]
    private static partial Regex MarkedSpan();
}
