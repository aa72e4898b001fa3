using System.Net;
using System.Text.Json;
using System.Xml.Linq;

namespace Archive.Api.Tests.Feeds;

/// <summary>The Atom feeds of a search, of a topic's commitments and of a lineage, on the real host.</summary>
public sealed class FeedEndpointsTests(ArchiveApiFactory api) : IClassFixture<ArchiveApiFactory>
{
    private static readonly XNamespace Atom = AtomDocument.Atom;

    [Fact]
    public async Task SearchFeed_Returns_NewestParagraphsFirst_EachWithPermalinkTitleCitationAndIssuer()
    {
        using var client = api.CreateApiClient();
        const string url = "/api/search/feed?q=cooperation&lang=en&limit=20";

        var feed = await AtomDocument.GetAsync(client, url);

        Assert.Equal(new Uri(client.BaseAddress!, url).AbsoluteUri, feed.Feed.Element(Atom + "id")!.Value);
        Assert.Equal(new Uri(client.BaseAddress!, url).AbsoluteUri, AtomDocument.Link(feed.Feed, "self"));
        Assert.Equal("Bali Process Archive: search “cooperation” (in English)", feed.Title);
        Assert.Equal(20, feed.Entries.Count);
        var published = feed.Entries.Select(e => AtomDocument.Date(e, "published")).ToList();
        Assert.Equal(published.OrderDescending(), published);
        Assert.Equal(feed.Entries.Max(e => AtomDocument.Date(e, "updated")), AtomDocument.Date(feed.Feed, "updated"));
        Assert.All(feed.Entries, entry =>
        {
            var id = entry.Element(Atom + "id")!.Value;
            Assert.StartsWith(new Uri(client.BaseAddress!, "/documents/").AbsoluteUri, id, StringComparison.Ordinal);
            Assert.Equal(id, AtomDocument.Link(entry, "alternate"));
            // The title names the document and the paragraph as its citation does: "…, para. 4", "…, unnumbered para. 1".
            var number = id[(id.LastIndexOfAny(['p', 'u']) + 1)..];
            var title = entry.Element(Atom + "title")!.Value;
            Assert.EndsWith($"para. {number}", title, StringComparison.Ordinal);
            var content = entry.Element(Atom + "content")!;
            Assert.Equal("html", (string?)content.Attribute("type"));
            Assert.Contains("<cite>", content.Value, StringComparison.Ordinal);
            Assert.EndsWith(title[(title.LastIndexOf(", ", StringComparison.Ordinal) + 2)..],
                entry.Element((XNamespace)"http://purl.org/dc/terms/" + "bibliographicCitation")!.Value, StringComparison.Ordinal);
            // A conference's document is its conference's, not the Bali Process's at large.
            Assert.EndsWith("Ministerial Conference of the Bali Process", entry.Element(Atom + "author")!.Element(Atom + "name")!.Value, StringComparison.Ordinal);
            Assert.Equal("en", (string?)entry.Attribute(XNamespace.Xml + "lang"));
        });
    }

    [Fact]
    public async Task SearchFeed_EntryText_IsTheParagraphs_WithItsCitation()
    {
        using var client = api.CreateApiClient();
        var search = await api.GetJsonAsync<JsonElement>("/api/search?q=%22Regional%20Support%20Office%22&lang=id&sort=date&k=1&fields=text");

        var feed = await AtomDocument.GetAsync(client, "/api/search/feed?q=%22Regional%20Support%20Office%22&lang=id&limit=1");

        var hit = search.GetProperty("hits")[0];
        var entry = Assert.Single(feed.Entries);
        Assert.Equal(new Uri(client.BaseAddress!, hit.GetProperty("permalink").GetString()).AbsoluteUri, entry.Element(Atom + "id")!.Value);
        var content = entry.Element(Atom + "content")!.Value;
        Assert.Contains(WebUtility.HtmlEncode(hit.GetProperty("text").GetString()!).ReplaceLineEndings("<br>"), content, StringComparison.Ordinal);
        Assert.Contains($"<cite>{WebUtility.HtmlEncode(hit.GetProperty("citation").GetString())}</cite>", content, StringComparison.Ordinal);
        Assert.Contains(", paragraf ", entry.Element(Atom + "title")!.Value, StringComparison.Ordinal);
        Assert.Equal("id", (string?)entry.Attribute(XNamespace.Xml + "lang"));
    }

    [Theory]
    [InlineData("/api/search/feed?q=returns&ui=id", null)]
    [InlineData("/api/search/feed?q=returns", "id-ID, en;q=0.5")]
    public async Task SearchFeed_InIndonesian_TitlesTheFeedInIndonesian(string url, string? acceptLanguage)
    {
        using var client = api.CreateApiClient();

        var feed = await AtomDocument.GetAsync(client, url, acceptLanguage);

        Assert.Equal("Arsip Bali Process: pencarian “returns”", feed.Title);
        Assert.Equal("id", (string?)feed.Feed.Attribute(XNamespace.Xml + "lang"));
    }

    [Fact]
    public async Task SearchFeed_Limit_CapsTheEntries()
    {
        using var client = api.CreateApiClient();

        var five = await AtomDocument.GetAsync(client, "/api/search/feed?q=cooperation&limit=5");
        var byDefault = await AtomDocument.GetAsync(client, "/api/search/feed?q=cooperation");

        Assert.Equal(5, five.Entries.Count);
        Assert.Equal(50, byDefault.Entries.Count);
        Assert.Equal(five.Entries.Select(e => e.Element(Atom + "id")!.Value), byDefault.Entries.Take(5).Select(e => e.Element(Atom + "id")!.Value));
    }

    [Theory]
    [InlineData("q=%22returns", "The query cannot be read")]
    [InlineData("q=OR%20returns", "The query cannot be read")]
    public async Task SearchFeed_MalformedQuery_Is400ProblemDetails_EvenToAFeedReader(string query, string title)
    {
        using var client = api.CreateApiClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/search/feed?" + query);
        request.Headers.Accept.ParseAdd("application/atom+xml");

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        var problem = await DocumentEndpointsTests.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(title, problem.GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("/api/search/feed", "q")]
    [InlineData("/api/search/feed?q=returns&limit=0", "limit")]
    [InlineData("/api/search/feed?q=returns&limit=101", "limit")]
    [InlineData("/api/search/feed?q=returns&ui=fr", "ui")]
    [InlineData("/api/search/feed?q=returns&lang=fr", "lang")]
    [InlineData("/api/commitments/feed?topic=nothing", "topic")]
    [InlineData("/api/commitments/feed?limit=1000", "limit")]
    [InlineData("/api/commitments/bpmc6-2016-cochairs-en/p5/c1/feed?limit=-1", "limit")]
    public async Task Feed_InvalidParameter_Is400ValidationProblemNamingIt(string url, string parameter)
    {
        using var client = api.CreateApiClient();

        using var response = await client.GetAsync(url, TestContext.Current.CancellationToken);

        var problem = await DocumentEndpointsTests.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), problem.ToString());
    }

    [Fact]
    public async Task CommitmentsFeed_Topic_GivesItsClausesNewestFirst_LinkedToTheirParagraphsAndLineages()
    {
        using var client = api.CreateApiClient();
        var list = await api.GetJsonAsync<JsonElement>("/api/commitments?topic=returns-reintegration&lang=id&k=1000");

        var feed = await AtomDocument.GetAsync(client, "/api/commitments/feed?topic=returns-reintegration&lang=id&limit=100&ui=id");

        Assert.Equal("Arsip Bali Process: komitmen (Pemulangan dan reintegrasi; dalam bahasa Indonesia)", feed.Title);
        Assert.Equal(Math.Min(100, list.GetProperty("total").GetInt32()), feed.Entries.Count);
        var published = feed.Entries.Select(e => AtomDocument.Date(e, "published")).ToList();
        Assert.Equal(published.OrderDescending(), published);
        var actions = list.GetProperty("commitments").EnumerateArray().ToDictionary(c => c.GetProperty("id").GetString()!, c => c);
        Assert.All(feed.Entries, entry =>
        {
            var id = entry.Element(Atom + "id")!.Value;
            var commitmentId = id[new Uri(client.BaseAddress!, "/commitments/").AbsoluteUri.Length..];
            var commitment = actions[commitmentId];
            Assert.Equal(id, AtomDocument.Link(entry, "related"));
            Assert.Equal(new Uri(client.BaseAddress!, commitment.GetProperty("permalink").GetString()).AbsoluteUri, AtomDocument.Link(entry, "alternate"));
            Assert.Contains(WebUtility.HtmlEncode(commitment.GetProperty("action").GetString()!).ReplaceLineEndings("<br>"), entry.Element(Atom + "content")!.Value, StringComparison.Ordinal);
        });
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task LineageFeed_GivesItsSteps_NewestFirst_WithTheIdAsTypedOrEscaped(bool escaped)
    {
        using var client = api.CreateApiClient();
        var list = await api.GetJsonAsync<JsonElement>("/api/commitments?topic=returns-reintegration&lang=en&k=200");
        var id = list.GetProperty("commitments").EnumerateArray().First(c => c.GetProperty("status").GetString() != "new").GetProperty("id").GetString()!;
        var lineage = (await api.GetJsonAsync<JsonElement>("/api/commitments/" + id)).GetProperty("lineage").GetProperty("steps").EnumerateArray().ToList();

        var feed = await AtomDocument.GetAsync(client, $"/api/commitments/{(escaped ? Uri.EscapeDataString(id) : id)}/feed");

        Assert.Equal($"Bali Process Archive: lineage of {id}", feed.Title);
        Assert.Equal(
            lineage.Select(s => new Uri(client.BaseAddress!, "/commitments/" + s.GetProperty("commitmentId").GetString()).AbsoluteUri).Reverse(),
            feed.Entries.Select(e => e.Element(Atom + "id")!.Value));
    }

    [Fact]
    public async Task LineageFeed_UnknownCommitment_Is404ProblemDetails()
    {
        using var client = api.CreateApiClient();

        using var response = await client.GetAsync("/api/commitments/nothing/p1/c1/feed", TestContext.Current.CancellationToken);

        var problem = await DocumentEndpointsTests.AssertProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Equal("Commitment not found", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task GetCommitment_AsTyped_StillAnswersBesideTheFeed()
    {
        var commitment = await api.GetJsonAsync<JsonElement>("/api/commitments/bpmc6-2016-cochairs-en/p5/c1");

        Assert.Equal("bpmc6-2016-cochairs-en/p5/c1", commitment.GetProperty("commitment").GetProperty("id").GetString());
    }
}
