using Archive.Core.Extraction;

namespace Archive.Core.Tests.Extraction;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("e\uFB00ective", "effective")]
    [InlineData("\uFB01nancial \uFB02ows", "financial flows")]
    [InlineData("o\uFB03ce, ba\uFB04ed", "office, baffled")]
    [InlineData("non\u00A0binding\u200B text", "non binding text")]
    public void NormalizeCharacters_LigaturesAndOddSpaces_BecomePlainText(string input, string expected) =>
        Assert.Equal(expected, TextNormalizer.NormalizeCharacters(input));

    [Theory]
    [InlineData("people smug\u00AD", "gling networks", "people smuggling networks")]
    [InlineData("negara-", "negara anggota", "negara-negara anggota")]
    [InlineData("cross-", "border cooperation", "cross-border cooperation")]
    [InlineData("COVID-", "19 pandemic", "COVID-19 pandemic")]
    [InlineData("the Co-Chairs", "agreed", "the Co-Chairs agreed")]
    [InlineData("a break -", "and more", "a break - and more")]
    public void JoinLines_WithoutVocabulary_DropsOnlySoftHyphens(string first, string second, string expected) =>
        Assert.Equal(expected, TextNormalizer.JoinLines([first, second]));

    [Fact]
    public void JoinLines_WhereTheDocumentWritesTheWordWhole_DropsTheHyphen()
    {
        var vocabulary = HyphenationVocabulary.Build(["people smuggling is a crime", "people smug-", "gling networks"]);

        Assert.Equal("people smuggling networks", TextNormalizer.JoinLines(["people smug-", "gling networks"], vocabulary));
    }

    [Fact]
    public void JoinLines_InADocumentThatHyphenates_DropsHyphensWithoutOtherEvidence()
    {
        string[] lines = ["cooperation and the coop-", "eration of the smug-", "gling units", "with re-", "sponse teams", "smuggling cooperation"];
        var vocabulary = HyphenationVocabulary.Build(lines);

        Assert.Equal("with response teams", TextNormalizer.JoinLines(["with re-", "sponse teams"], vocabulary));
    }

    [Fact]
    public void JoinLines_WhereTheDocumentWritesTheHyphenatedForm_KeepsTheHyphen()
    {
        var vocabulary = HyphenationVocabulary.Build(["help them re-establish their lives", "to re-", "establish contact"]);

        Assert.Equal("to re-establish contact", TextNormalizer.JoinLines(["to re-", "establish contact"], vocabulary));
    }
}
