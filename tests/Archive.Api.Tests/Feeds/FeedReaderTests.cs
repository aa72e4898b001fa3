namespace Archive.Api.Tests.Feeds;

/// <summary>Every feed of the service, read by a real feed reader's parser (feedparser): valid Atom, and the entries a reader lists.</summary>
public sealed class FeedReaderTests(ArchiveApiFactory api) : IClassFixture<ArchiveApiFactory>, IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("archive-feeds-");

    public static TheoryData<string, string> Feeds => new()
    {
        { "/api/search/feed?q=returns%20reintegration&limit=30", "en" },
        { "/api/search/feed?q=perdagangan%20orang&lang=id&ui=id", "id" },
        { "/api/commitments/feed?topic=returns-reintegration", "en" },
        { "/api/commitments/bpmc6-2016-cochairs-en/p5/c1/feed?ui=id", "id" },
    };

    [Theory]
    [MemberData(nameof(Feeds))]
    public async Task Feedparser_ReadsEveryFeed_AsValidAtom_WithLinkedDatedAuthoredEntries(string url, string ui)
    {
        using var client = api.CreateApiClient();
        var path = Path.Combine(_folder.FullName, "feed.xml");
        await File.WriteAllBytesAsync(path, await client.GetByteArrayAsync(url, TestContext.Current.CancellationToken), TestContext.Current.CancellationToken);

        var feed = await FeedParser.ParseAsync(path);

        Assert.True(feed.GetProperty("bozo").GetInt32() == 0, feed.GetProperty("problem").GetString());
        Assert.Equal("atom10", feed.GetProperty("version").GetString());
        Assert.Equal(ui, feed.GetProperty("language").GetString());
        Assert.StartsWith(ui == "id" ? "Arsip Bali Process: " : "Bali Process Archive: ", feed.GetProperty("title").GetString(), StringComparison.Ordinal);
        var self = Assert.Single(feed.GetProperty("links").EnumerateArray(), l => l.GetProperty("rel").GetString() == "self");
        Assert.Equal(new Uri(client.BaseAddress!, url).AbsoluteUri, self.GetProperty("href").GetString());
        var entries = feed.GetProperty("entries").EnumerateArray().ToList();
        Assert.NotEmpty(entries);
        Assert.Equal(entries.Count, entries.Select(e => e.GetProperty("id").GetString()).Distinct().Count());
        Assert.All(entries, entry =>
        {
            var link = entry.GetProperty("link").GetString()!;
            Assert.StartsWith(new Uri(client.BaseAddress!, "/documents/").AbsoluteUri, link, StringComparison.Ordinal);
            Assert.Contains("#", link, StringComparison.Ordinal);
            Assert.Equal("text/html", entry.GetProperty("links").EnumerateArray().Single(l => l.GetProperty("rel").GetString() == "alternate").GetProperty("type").GetString());
            Assert.False(string.IsNullOrWhiteSpace(entry.GetProperty("title").GetString()));
            Assert.NotEqual("Bali Process", entry.GetProperty("author").GetString());
            Assert.False(string.IsNullOrEmpty(entry.GetProperty("published").GetString()));
            Assert.False(string.IsNullOrEmpty(entry.GetProperty("updated").GetString()));
            Assert.Contains("<cite>", Assert.Single(entry.GetProperty("content").EnumerateArray()).GetString(), StringComparison.Ordinal);
        });
        var published = entries.Select(e => DateTimeOffset.Parse(e.GetProperty("published").GetString()!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(published.OrderDescending(), published);
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
