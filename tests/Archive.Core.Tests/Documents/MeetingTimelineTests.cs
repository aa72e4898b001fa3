using Archive.Core.Documents;

namespace Archive.Core.Tests.Documents;

/// <summary>Which documents make a meeting, and the order and periods of the meetings.</summary>
public sealed class MeetingTimelineTests
{
    [Fact]
    public void Meetings_OfDatedDocuments_StandInDateOrder_WithTheConferenceFirstOnOneDay()
    {
        var timeline = new MeetingTimeline([
            Document("bp-2019-gabf-en", null, "2019-08-20"), Document("bp-2019-gabf-id", null, "2019-08-20", DocumentLanguage.Indonesian),
            Document("bpmc7-2018-cochairs-en", 7, "2018-08-07"), Document("bpmc7-2018-declaration-en", 7, "2018-08-07"),
            Document("bp-2018-som-en", null, "2018-08-07")]);

        Assert.Equal(["bpmc7", "bp-2018-som", "bp-2019-gabf"], timeline.Meetings.Select(m => m.Id));
        Assert.Equal(2, timeline.Meetings[0].Documents.Count);
        Assert.Same(timeline.Meetings[2], timeline.OfDocument("bp-2019-gabf-id"));
    }

    [Fact]
    public void Meetings_AnUndatedConference_StandsAfterTheLastMeetingOfAnEarlierConference()
    {
        var timeline = new MeetingTimeline([
            Document("bpmc5-2013-cochairs-en", 5, "2013-04-02"), Document("bp-2014-som-en", null, "2014"),
            Document("bpmc7-2018-cochairs-en", 7, "2018-08-07"), Document("bpmc6-cochairs-en", 6, null)]);

        Assert.Equal(["bpmc5", "bpmc6", "bp-2014-som", "bpmc7"], timeline.Meetings.Select(m => m.Id));
        Assert.Null(timeline.Find("bpmc6")!.Date);
    }

    [Fact]
    public void OfDocument_WithNeitherConferenceNorDate_IsNull()
    {
        var timeline = new MeetingTimeline([Document("doc-notes-en", null, null)]);

        Assert.Empty(timeline.Meetings);
        Assert.Null(timeline.OfDocument("doc-notes-en"));
    }

    [Theory]
    [InlineData("2019", new[] { "bp-2019", "bp-2019-11", "bp-2019-11-05" })]
    [InlineData("2019-11", new[] { "bp-2019-11", "bp-2019-11-05" })]
    [InlineData("2019-11-05", new[] { "bp-2019-11-05" })]
    [InlineData("2020", new string[0])]
    public void Within_APeriod_HoldsTheMeetingsDatedInsideIt(string period, string[] expected)
    {
        var timeline = new MeetingTimeline([
            Document("bp-2019-en", null, "2019"), Document("bp-2019-11-en", null, "2019-11"), Document("bp-2019-11-05-en", null, "2019-11-05")]);

        Assert.True(PartialDate.TryParse(period, out var date));
        Assert.Equal(expected, timeline.Within(date).Select(m => m.Id));
    }

    private static ArchiveDocument Document(string id, int? conference, string? date, DocumentLanguage language = DocumentLanguage.English) =>
        new(id, id + ".txt", "text", language,
            new DocumentMetadata(DocumentType.CoChairsStatement, "Illustrative " + id, null, conference, PartialDate.TryParse(date, out var parsed) ? parsed : null, null, Sample: true),
            null, 1, "0", [], [], []);
}
