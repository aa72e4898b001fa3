using Archive.Core.Analysis;
using Archive.Core.Documents;
using Archive.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Core.Tests.Analysis;

public sealed class GlossaryTests
{
    private static readonly Glossary Glossary = Services.Build().GetRequiredService<Glossary>();

    [Fact]
    public void Glossary_AsRegistered_HoldsTheFieldsTerms() => Assert.True(Glossary.Count >= 80, $"{Glossary.Count} entries");

    [Theory]
    [InlineData("trafficking in persons", 3, "perdagangan orang")]
    [InlineData("returns reintegration", 2, "pemulangan dan reintegrasi")]
    [InlineData("Kantor Dukungan Regional", 3, "regional support office")]
    [InlineData("penyelundupan manusia", 2, "people smuggling")]
    [InlineData("victims", 1, "korban")]
    public void Match_TermInEitherLanguage_GivesItsTranslation(string words, int length, string translation)
    {
        var match = Glossary.Match(words.Split(' '), 0);

        Assert.NotNull(match);
        Assert.Equal(length, match.Length);
        Assert.Contains(match.Translations, t => t.Translation == translation);
    }

    [Fact]
    public void Match_IndonesianTerm_TranslatesIntoEnglish()
    {
        var match = Glossary.Match(["kerja", "sama"], 0);

        Assert.NotNull(match);
        Assert.All(match.Translations, t => Assert.Equal(DocumentLanguage.English, t.Language));
        Assert.Contains(match.Translations, t => t.Translation == "cooperation");
    }
}
