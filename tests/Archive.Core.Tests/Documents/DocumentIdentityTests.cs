using Archive.Core.Documents;

namespace Archive.Core.Tests.Documents;

public sealed class DocumentIdentityTests
{
    [Theory]
    [InlineData(DocumentType.CoChairsStatement, 6, "2016-03-23", DocumentLanguage.English, "bpmc6-2016-cochairs-en")]
    [InlineData(DocumentType.Framework, 4, "2011-03", DocumentLanguage.Indonesian, "bpmc4-2011-rcf-id")]
    [InlineData(DocumentType.Strategy, null, "2023", DocumentLanguage.English, "bp-2023-strategy-en")]
    [InlineData(DocumentType.Other, null, null, DocumentLanguage.English, "doc-notes-on-returns-en")]
    public void DocumentId_IsDerivedFromMetadata(DocumentType type, int? conference, string? date, DocumentLanguage language, string expected)
    {
        PartialDate? parsed = PartialDate.TryParse(date, out var d) ? d : null;
        var metadata = new DocumentMetadata(type, "t", null, conference, parsed, null, Sample: false);

        Assert.Equal(expected, DocumentIdentity.DocumentId(metadata, language, "user/Notes on Returns.pdf"));
    }

    [Fact]
    public void WorkKey_OfTranslations_IsShared() =>
        Assert.Equal(DocumentIdentity.WorkKey("bpmc6-2016-cochairs-en"), DocumentIdentity.WorkKey("bpmc6-2016-cochairs-id"));

    [Theory]
    [InlineData("2016-03-23", "23 March 2016", "23 Maret 2016")]
    [InlineData("2009-04", "April 2009", "April 2009")]
    [InlineData("2018-08-07", "7 August 2018", "7 Agustus 2018")]
    public void PartialDate_FormatsInBothLanguages(string iso, string english, string indonesian)
    {
        Assert.True(PartialDate.TryParse(iso, out var date));
        Assert.Equal((iso, english, indonesian), (date.ToString(), date.Format(DocumentLanguage.English), date.Format(DocumentLanguage.Indonesian)));
    }

    [Theory]
    [InlineData("2016-02-30")]
    [InlineData("16-03")]
    [InlineData("March 2016")]
    public void PartialDate_Invalid_IsRefused(string text) => Assert.False(PartialDate.TryParse(text, out _));
}
