using Archive.Core.Documents;
using Archive.Core.Structuring;

namespace Archive.Core.Tests.Structuring;

public sealed class LanguageDetectorTests
{
    [Theory]
    [InlineData("Ministers agreed to strengthen the protection of victims of trafficking in persons in the region.", DocumentLanguage.English)]
    [InlineData("Para Menteri sepakat untuk memperkuat pelindungan korban perdagangan orang di kawasan ini.", DocumentLanguage.Indonesian)]
    [InlineData("Bali Process RSO AHG UNHCR IOM", DocumentLanguage.Unknown)]
    public void Detect_Paragraph_NamesItsLanguage(string text, DocumentLanguage expected) =>
        Assert.Equal(expected, LanguageDetector.Detect(text).Language);
}
