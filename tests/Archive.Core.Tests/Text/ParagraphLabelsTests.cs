using Archive.Core.Text;

namespace Archive.Core.Tests.Text;

public sealed class ParagraphLabelsTests
{
    [Theory]
    [InlineData("3.", true)]
    [InlineData("12.", true)]
    [InlineData("2.1", false)]
    [InlineData("2.1.", true)]
    [InlineData("4)", true)]
    [InlineData("(a)", true)]
    [InlineData("(iv)", true)]
    [InlineData("b)", true)]
    [InlineData("II.", true)]
    [InlineData("2016.", false)]
    [InlineData("UNODC.", false)]
    [InlineData("and", false)]
    [InlineData("3. Ministers", false)]
    public void IsLabel_TellsALoneLabelFromAWord(string text, bool expected) =>
        Assert.Equal(expected, ParagraphLabels.IsLabel(text));
}
