using Archive.Core.Text;

namespace Archive.Core.Tests.Text;

public sealed class WordsTests
{
    [Fact]
    public void Tokens_InnerHyphensAndApostrophes_StayInTheWord() =>
        Assert.Equal(["The", "Co-Chairs", "welcomed", "negara-negara", "Indonesia’s", "work", "2016"],
            Words.Tokens("The Co-Chairs welcomed negara-negara, Indonesia’s work (2016)."));

    [Fact]
    public void Tokens_TrailingApostrophe_IsNotPartOfTheWord() =>
        Assert.Equal(["Senior", "Officials", "Meeting"], Words.Tokens("Senior Officials' Meeting"));

    [Fact]
    public void Count_CountsWhatStandsBetweenSpaces() =>
        Assert.Equal(5, Words.Count("  3.1  U.S. — and Indonesia "));

    [Fact]
    public void FoldAccents_RemovesMarksAndKeepsCase() =>
        Assert.Equal("Declaration de Geneve", Words.FoldAccents("Déclaration de Genève"));
}
