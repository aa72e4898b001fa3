using Archive.Core.Precedent;

namespace Archive.Core.Tests.Precedent;

public sealed class WordTokensTests
{
    [Fact]
    public void Of_Emoji_IsOneMarkAndJoinsBackWhole()
    {
        var tokens = WordTokens.Of("Ministers agreed 🚢.");

        Assert.Equal(["Ministers", "agreed", "🚢", "."], tokens.Select(t => t.Text));
        Assert.Equal("Ministers agreed 🚢.", WordTokens.Join(tokens));
    }
}
