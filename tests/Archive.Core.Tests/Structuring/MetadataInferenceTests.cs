using Archive.Core.Documents;
using Archive.Core.Structuring;

namespace Archive.Core.Tests.Structuring;

public sealed class MetadataInferenceTests
{
    [Fact]
    public void Infer_EnglishTitle_FindsTypeConferenceDateAndPlace()
    {
        var inferred = MetadataInference.Infer(["Co-Chairs' Statement", "Sixth Ministerial Conference of the Bali Process", "Nusa Dua, Bali, 22-23 March 2016"]);

        Assert.Equal(new InferredMetadata(DocumentType.CoChairsStatement, 6, new PartialDate(2016, 3, 23), "Nusa Dua, Bali"), inferred);
    }

    [Fact]
    public void Infer_IndonesianTitle_FindsTypeConferenceDateAndPlace()
    {
        var inferred = MetadataInference.Infer(["Pernyataan Ketua Bersama", "Konferensi Tingkat Menteri Bali Process ke-8", "Adelaide, 10 Februari 2023"]);

        Assert.Equal(new InferredMetadata(DocumentType.CoChairsStatement, 8, new PartialDate(2023, 2, 10), "Adelaide"), inferred);
    }

    [Theory]
    [InlineData("Konferensi Tingkat Menteri Keenam", 6)]
    [InlineData("the 7th Bali Process Regional Ministerial Conference", 7)]
    [InlineData("KTM ke-5", 5)]
    public void Infer_ConferenceWrittenInOtherWays_IsFound(string text, int conference) =>
        Assert.Equal(conference, MetadataInference.Infer([text]).Conference);

    [Theory]
    [InlineData("Co-Chairs' Statement: Ad Hoc Group Senior Officials' Meeting, June 2020\nSenior officials reviewed progress since the Seventh Ministerial Conference.")]
    [InlineData("Pernyataan Forum Pemerintah dan Bisnis, Juni 2020\nForum meninjau hasil Konferensi Tingkat Menteri ke-7.")]
    [InlineData("Working Group meeting\nParticipants recalled the outcomes of the Sixth Ministerial Conference.")]
    [InlineData("Officials met in June 2020 and reviewed progress since the Seventh Ministerial Conference.")]
    public void Infer_AnotherMeetingOrAConferenceReferredTo_IsNoConference(string text) =>
        Assert.Null(MetadataInference.Infer(text.Split('\n')).Conference);

    [Theory]
    [InlineData("Regional Cooperation Framework", DocumentType.Framework)]
    [InlineData("Deklarasi Bali", DocumentType.Declaration)]
    [InlineData("Adelaide Strategy for Cooperation", DocumentType.Strategy)]
    [InlineData("Minutes of a meeting", null)]
    public void Infer_Type_IsReadFromTheTitle(string title, DocumentType? expected) =>
        Assert.Equal(expected, MetadataInference.Infer([title]).Type);

    [Fact]
    public void Infer_MonthOnlyDate_KeepsItsPrecision() =>
        Assert.Equal(new PartialDate(2009, 4), MetadataInference.Infer(["Bali, April 2009"]).Date);
}
