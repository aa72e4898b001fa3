using System.Text.Json;

namespace Archive.Api.Tests;

/// <summary>
/// Lineages and <c>/api/changes</c> across meetings other than Ministerial Conferences: the meetings test set's
/// senior officials' meeting and forum stand in the timeline beside the conferences, each step says its meeting, and
/// a conference compares with a forum.
/// </summary>
public sealed class ChangesAcrossMeetingsTests(MeetingsApiFactory api) : IClassFixture<MeetingsApiFactory>
{
    [Fact]
    public async Task Meetings_ListConferencesSeniorOfficialsAndTheForum_InDateOrder()
    {
        var meetings = (await api.GetJsonAsync<JsonElement>("/api/meetings")).EnumerateArray().ToList();

        Assert.Equal(["bpmc6", "bp-2017-som", "bpmc7", "bp-2019-gabf"], meetings.Select(m => m.GetProperty("id").GetString()));
        Assert.Equal(["2016-03-23", "2017-06-14", "2018-08-07", "2019-08-20"], meetings.Select(m => m.GetProperty("date").GetString()));
        Assert.Equal("other", meetings[3].GetProperty("type").GetString());
        Assert.Equal(["bp-2019-gabf-en", "bp-2019-gabf-id"], meetings[3].GetProperty("documents").EnumerateArray().Select(d => d.GetString()).Order());
    }

    [Fact]
    public async Task Lineage_OfASeniorOfficialsTasking_ShowsEachStepsMeetingInDateOrder()
    {
        var detail = await api.GetJsonAsync<JsonElement>("/api/commitments/bp-2017-som-en/p2/c1");

        var lineage = detail.GetProperty("lineage");
        var steps = lineage.GetProperty("steps").EnumerateArray().ToList();
        Assert.Equal(["bpmc6", "bp-2017-som", "bpmc7"], steps.Select(s => s.GetProperty("meeting").GetProperty("id").GetString()));
        Assert.Equal(["new", "weakened", "strengthened"], steps.Select(s => s.GetProperty("status").GetString()));
        var officials = steps[1].GetProperty("meeting");
        Assert.StartsWith("Illustrative Co-Chairs' Statement: Ad Hoc Group Senior Officials' Meeting", officials.GetProperty("name").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("Pernyataan Ketua Bersama (Ilustratif): Pertemuan Pejabat Senior", officials.GetProperty("nameId").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, officials.GetProperty("conference").ValueKind);
        Assert.Equal("Seventh Ministerial Conference of the Bali Process", steps[2].GetProperty("meeting").GetProperty("name").GetString());
        Assert.Equal("bpmc7", lineage.GetProperty("droppedAfter").GetProperty("id").GetString());
        Assert.Equal("bp-2017-som", detail.GetProperty("commitment").GetProperty("meeting").GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("en")]
    [InlineData("id")]
    public async Task Changes_FromAConferenceToAForum_SayWhatTheForumResumedKeptAndLeftOut(string lang)
    {
        var result = await api.GetJsonAsync<JsonElement>($"/api/changes?from=7&to=bp-2019-gabf-{lang}&lang={lang}");

        Assert.Equal("bp-2019-gabf", Assert.Single(result.GetProperty("to").GetProperty("meetings").EnumerateArray()).GetProperty("id").GetString());
        var changes = result.GetProperty("changes").EnumerateArray().ToList();
        // Supply chains: encouraged by Ministers in 2016, absent from the senior officials and from conference 7.
        var supplyChains = Change(changes, "after", $"bp-2019-gabf-{lang}/p2");
        Assert.Equal("resumed", supplyChains.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, supplyChains.GetProperty("before").ValueKind);
        Assert.Equal($"bpmc6-2016-cochairs-{lang}/p3", supplyChains.GetProperty("resumes").GetProperty("paragraphId").GetString());
        Assert.Equal("bpmc6", supplyChains.GetProperty("resumes").GetProperty("meeting").GetProperty("id").GetString());
        Assert.Equal("bp-2019-gabf", supplyChains.GetProperty("after").GetProperty("meeting").GetProperty("id").GetString());
        // Information sharing: agreed by Ministers, encouraged by the forum.
        Assert.Equal("weakened", Change(changes, "after", $"bp-2019-gabf-{lang}/p4").GetProperty("status").GetString());
        Assert.Equal("new", Change(changes, "after", $"bp-2019-gabf-{lang}/p3").GetProperty("status").GetString());
        Assert.Equal("dropped", Change(changes, "before", $"bpmc7-2018-cochairs-{lang}/p2").GetProperty("status").GetString());
        Assert.Equal(1, result.GetProperty("counts").GetProperty("resumed").GetInt32());
    }

    [Fact]
    public async Task Changes_BetweenTwoYears_TakeTheMeetingsDatedWithinThem()
    {
        var result = await api.GetJsonAsync<JsonElement>("/api/changes?from=2016&to=2017");

        Assert.Equal("bp-2017-som", Assert.Single(result.GetProperty("to").GetProperty("meetings").EnumerateArray()).GetProperty("id").GetString());
        Assert.Equal("weakened", Change(result.GetProperty("changes").EnumerateArray().ToList(), "after", "bp-2017-som-en/p2").GetProperty("status").GetString());
    }

    private static JsonElement Change(List<JsonElement> changes, string side, string paragraph) =>
        Assert.Single(changes, c => c.GetProperty(side).ValueKind != JsonValueKind.Null && c.GetProperty(side).GetProperty("paragraphId").GetString() == paragraph);
}
