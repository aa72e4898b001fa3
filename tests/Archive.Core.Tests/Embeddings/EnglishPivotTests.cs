using Archive.Core.Documents;
using Archive.Core.Embeddings;
using Archive.Core.Tests.Support;
using Archive.Core.Translation;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Core.Tests.Embeddings;

public sealed class EnglishPivotTests
{
    private static readonly EnglishPivot Pivot = Services.Build().GetRequiredService<EnglishPivot>();

    // "pencucian" is in the glossary; "tenaga" (as in tenaga kerja, labour) is not.
    private static readonly TranslationLexicon Lexicon = new(new()
    {
        [(DocumentLanguage.Indonesian, "tenaga")] = [new LearnedTranslation("labour", "labour", 0.8, 12)],
    });

    [Fact]
    public void Translate_GlossaryAndLearnedWords_PutsBothIntoEnglish()
    {
        var pivoted = Pivot.Translate("pemulangan tenaga", Lexicon, _ => true);

        Assert.Equal("returns labour", pivoted.Text);
        Assert.Equal(2, pivoted.Translated);
        Assert.Equal(1, pivoted.Readable);
    }

    [Fact]
    public void Translate_IndonesianWordWithoutTranslation_IsLeftOutAndCountsAsUnread()
    {
        var pivoted = Pivot.Translate("pemulangan tenaga nelayan", Lexicon, _ => true);

        Assert.Equal("returns labour", pivoted.Text);
        Assert.Equal(2.0 / 3, pivoted.Readable, 6);
    }

    [Fact]
    public void Translate_WordsThatAreNotIndonesian_StayAsTheyAre()
    {
        var pivoted = Pivot.Translate("tenaga Bali 2016", Lexicon, word => word == "tenaga");

        Assert.Equal("labour Bali 2016", pivoted.Text);
        Assert.Equal(1, pivoted.Readable);
    }

    [Fact]
    public void Translate_WithoutLexicon_PutsOnlyGlossaryTermsIntoEnglish()
    {
        var pivoted = Pivot.Translate("pemulangan tenaga");

        Assert.Equal("returns tenaga", pivoted.Text);
        Assert.Equal(1, pivoted.Translated);
    }
}
