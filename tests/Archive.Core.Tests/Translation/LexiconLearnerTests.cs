using Archive.Core.Documents;
using Archive.Core.Tests.Support;
using Archive.Core.Translation;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Core.Tests.Translation;

/// <summary>The translation lexicon learned from the sample corpus's aligned paragraphs.</summary>
public sealed class LexiconLearnerTests(SampleCorpusFixture corpus) : IClassFixture<SampleCorpusFixture>
{
    private static readonly LexiconLearner Learner = Services.Build().GetRequiredService<LexiconLearner>();

    private TranslationLexicon Learn() => Learner.Learn(corpus.Result.Library, TestContext.Current.CancellationToken);

    [Theory]
    [InlineData("korban", "victim")]
    [InlineData("anggota", "member")]
    [InlineData("jaring", "network")]
    [InlineData("anak", "children")]
    public void Learn_SampleCorpus_TranslatesIndonesianTermsIntoEnglishOnes(string indonesian, string english)
    {
        var translations = Learn().Of(DocumentLanguage.Indonesian, indonesian);

        Assert.NotEmpty(translations);
        Assert.Equal(english, translations[0].Term);
    }

    [Fact]
    public void Learn_SampleCorpus_TranslatesBothWaysAndNamesTheWordWritten()
    {
        var victim = Learn().Of(DocumentLanguage.English, "victim");

        Assert.Equal("korban", victim[0].Term);
        Assert.Equal("korban", victim[0].Word);
    }

    [Fact]
    public void Learn_SampleCorpus_KeepsOnlyConfidentEntries()
    {
        var lexicon = Learn();
        var entries = corpus.Result.Library.Documents.SelectMany(d => d.Paragraphs)
            .SelectMany(p => Words(p.Text))
            .Distinct()
            .SelectMany(term => new[] { DocumentLanguage.English, DocumentLanguage.Indonesian }.Select(from => (term, Translations: lexicon.Of(from, term))))
            .Where(e => e.Translations.Count > 0)
            .ToList();

        Assert.True(lexicon.Count > 300, $"{lexicon.Count} terms");
        Assert.All(entries, e => Assert.InRange(e.Translations.Count, 1, LexiconLearner.MaxTranslations));
        Assert.All(entries.SelectMany(e => e.Translations.Select(t => (e.term, t))), e =>
        {
            Assert.NotEqual(e.term, e.t.Term);
            Assert.InRange(e.t.Probability, LexiconLearner.MinProbability, 1);
            Assert.True(e.t.Links >= LexiconLearner.MinLinks);
        });
    }

    [Fact]
    public void Learn_LibraryWithoutTranslations_LearnsNothing()
    {
        var english = corpus.Result.Library.Documents.Where(d => d.Language == DocumentLanguage.English)
            .Select(d => d with { CounterpartId = null, Paragraphs = [.. d.Paragraphs.Select(p => p with { CounterpartId = null })] });

        Assert.Equal(0, Learner.Learn(new DocumentLibrary(english), TestContext.Current.CancellationToken).Count);
    }

    private static IEnumerable<string> Words(string text) => Archive.Core.Text.Words.Tokens(text.ToLowerInvariant());
}
