using Archive.Core.Commitments;
using Archive.Core.Documents;
using Archive.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Core.Tests.Commitments;

/// <summary>
/// Lineages across every kind of meeting (Commitments/Meetings): two Ministerial Conferences, a senior officials'
/// meeting between them and a Government and Business Forum after, each step at its meeting, in date order.
/// </summary>
public sealed class MeetingLineageTests(MeetingSetFixture set) : IClassFixture<MeetingSetFixture>
{
    private static readonly string[] Timeline = ["bpmc6", "bp-2017-som", "bpmc7", "bp-2019-gabf"];

    [Fact]
    public void Meetings_OfConferencesAndOtherMeetings_StandInDateOrderWithTheirNames()
    {
        var meetings = set.Result.Library.Meetings.Meetings;

        Assert.Equal(Timeline, meetings.Select(m => m.Id));
        Assert.Equal([0, 1, 2, 3], meetings.Select(m => m.Order));
        Assert.Equal([6, null, 7, null], meetings.Select(m => m.Conference));
        Assert.All(meetings, m => Assert.Equal(2, m.Documents.Count));
        Assert.Equal("Sixth Ministerial Conference of the Bali Process", meetings[0].Name(DocumentLanguage.English));
        Assert.StartsWith("Pernyataan Forum Pemerintah dan Bisnis", meetings[3].Name(DocumentLanguage.Indonesian), StringComparison.Ordinal);
        Assert.Equal(DocumentType.CoChairsStatement, meetings[1].Type);
        Assert.Null(meetings[0].Type);
    }

    [Theory]
    [InlineData(DocumentLanguage.English)]
    [InlineData(DocumentLanguage.Indonesian)]
    public void Lineages_AcrossConferencesSeniorOfficialsAndAForum_TakeOneStepPerMeetingInDateOrder(DocumentLanguage language)
    {
        var catalog = Services.Build().GetRequiredService<CommitmentCatalogCache>().For(set.Result.Library);
        var lineages = catalog.Lineages(language).ToList();

        // Returns: decided by Ministers, handed to the RSO by senior officials, committed to again; not at the forum.
        var returns = Single(lineages, "p2", "bpmc6");
        Assert.Equal(["bpmc6", "bp-2017-som", "bpmc7"], MeetingsOf(returns));
        Assert.Equal([LineageStatus.New, LineageStatus.Weakened, LineageStatus.Strengthened], returns.Steps.Select(s => s.Status));
        Assert.Equal("bpmc7", returns.DroppedAfter?.Id);

        // Supply chains: encouraged by Ministers, not mentioned for three years, encouraged again by the forum.
        Assert.Equal(["bpmc6", "bp-2019-gabf"], MeetingsOf(Single(lineages, "p3", "bpmc6")));

        // Information sharing: agreed by senior officials, by Ministers, then encouraged by the forum.
        var sharing = Single(lineages, "p3", "bp-2017-som");
        Assert.Equal(["bp-2017-som", "bpmc7", "bp-2019-gabf"], MeetingsOf(sharing));
        Assert.Null(sharing.DroppedAfter);

        Assert.All(lineages, l => Assert.Equal(MeetingsOf(l).Order(Comparer<string>.Create((a, b) => Array.IndexOf(Timeline, a) - Array.IndexOf(Timeline, b))), MeetingsOf(l)));
        Assert.All(lineages, l => Assert.Equal(l.Steps.Count, MeetingsOf(l).Distinct().Count()));
    }

    private static Lineage Single(List<Lineage> lineages, string anchor, string meeting) =>
        Assert.Single(lineages, l => l.Steps[0].Commitment.Meeting!.Id == meeting && l.Steps[0].Commitment.ParagraphId.EndsWith("/" + anchor, StringComparison.Ordinal));

    private static List<string> MeetingsOf(Lineage lineage) => [.. lineage.Steps.Select(s => s.Commitment.Meeting!.Id)];
}
