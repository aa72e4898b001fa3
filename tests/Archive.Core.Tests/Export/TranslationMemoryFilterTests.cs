using Archive.Core.Documents;
using Archive.Core.Export;

namespace Archive.Core.Tests.Export;

public sealed class TranslationMemoryFilterTests
{
    [Fact]
    public void Matches_YearBoundAndAnUndatedDocument_LeavesItOutAsSearchDoes()
    {
        var undated = Document(date: null);

        Assert.True(new TranslationMemoryFilter().Matches(undated));
        Assert.False(new TranslationMemoryFilter(FromYear: 1990).Matches(undated));
        Assert.False(new TranslationMemoryFilter(ToYear: 2100).Matches(undated));
    }

    [Fact]
    public void Matches_YearBounds_AreInclusiveOnTheDatesYear()
    {
        var document = Document(new PartialDate(2016, 3));

        Assert.True(new TranslationMemoryFilter(FromYear: 2016, ToYear: 2016).Matches(document));
        Assert.False(new TranslationMemoryFilter(FromYear: 2017).Matches(document));
        Assert.False(new TranslationMemoryFilter(ToYear: 2015).Matches(document));
    }

    [Fact]
    public void Matches_TypeConferenceAndSample_EachMustMatch()
    {
        var document = Document(new PartialDate(2016));

        Assert.True(new TranslationMemoryFilter(DocumentType.Declaration, 6, Sample: true).Matches(document));
        Assert.False(new TranslationMemoryFilter(Type: DocumentType.CoChairsStatement).Matches(document));
        Assert.False(new TranslationMemoryFilter(Conference: 7).Matches(document));
        Assert.False(new TranslationMemoryFilter(Sample: false).Matches(document));
    }

    private static ArchiveDocument Document(PartialDate? date) => new(
        "test-en", "test-en.txt", "text", DocumentLanguage.English,
        new DocumentMetadata(DocumentType.Declaration, "Test", null, 6, date, null, Sample: true),
        null, 1, "0", [], [], []);
}
