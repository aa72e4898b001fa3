using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Archive.Api.Tests.Uploads;

namespace Archive.Api.Tests.Feeds;

/// <summary>A followed search sees a new document: uploaded, its matching paragraph tops the search's feed.</summary>
public sealed class FeedUploadTests(UploadApiFactory api) : IClassFixture<UploadApiFactory>, IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("archive-feed-uploads-");

    [Fact]
    public async Task Upload_NewDocument_PutsItsMatchingParagraphAtTheTopOfTheFollowedSearchsFeed()
    {
        // One entry: the search reads past its first page to find the upload among the paragraphs of its date.
        const string followed = "/api/search/feed?q=reintegration&lang=en&limit=1";
        using var client = api.CreateWriterClient();
        var before = await AtomDocument.GetAsync(client, followed);
        var newestBefore = Assert.Single(before.Entries).Element(AtomDocument.Atom + "id")!.Value;
        Assert.Contains("/documents/bpmc8-2023-", newestBefore, StringComparison.Ordinal);

        // Dated as the newest bundled documents, and its paragraph on reintegration last, after theirs in paragraph
        // order: it comes first because it entered the archive after them.
        using var form = UploadApiFactory.Form(NoteWithReintegrationLast(), "returns-note.txt",
            ("title", "Illustrative note on returns (bilby)"), ("date", "2023-02-10"), ("issuer", "Working Group on Returns"));
        using var added = await client.PostAsync("/api/documents", form, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var id = (await added.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("id").GetString()!;
        var after = await AtomDocument.GetAsync(client, followed.Replace("limit=1", "limit=3", StringComparison.Ordinal));

        var top = after.Entries[0];
        Assert.Equal(new Uri(client.BaseAddress!, $"/documents/{id}#p30").AbsoluteUri, top.Element(AtomDocument.Atom + "id")!.Value);
        Assert.Equal(top.Element(AtomDocument.Atom + "id")!.Value, Assert.Single((await AtomDocument.GetAsync(client, followed)).Entries).Element(AtomDocument.Atom + "id")!.Value);
        Assert.Equal("Illustrative note on returns (bilby), para. 30", top.Element(AtomDocument.Atom + "title")!.Value);
        Assert.Equal("Working Group on Returns", top.Element(AtomDocument.Atom + "author")!.Element(AtomDocument.Atom + "name")!.Value);
        Assert.Equal(new DateTimeOffset(2023, 2, 10, 0, 0, 0, TimeSpan.Zero), AtomDocument.Date(top, "published"));
        // Updated when it entered the archive: now, not its date; and so is the feed.
        Assert.True(AtomDocument.Date(top, "updated") > DateTimeOffset.UtcNow.AddMinutes(-10));
        Assert.Equal(AtomDocument.Date(top, "updated"), AtomDocument.Date(after.Feed, "updated"));
        Assert.Equal(newestBefore, after.Entries.Select(e => e.Element(AtomDocument.Atom + "id")!.Value).First(e => !e.Contains(id, StringComparison.Ordinal)));

        // What a feed reader sees: the new paragraph first, linked to its permalink.
        var path = Path.Combine(_folder.FullName, "feed.xml");
        await File.WriteAllBytesAsync(path, await client.GetByteArrayAsync(followed, TestContext.Current.CancellationToken), TestContext.Current.CancellationToken);
        var read = await FeedParser.ParseAsync(path);
        Assert.Equal(0, read.GetProperty("bozo").GetInt32());
        var first = read.GetProperty("entries")[0];
        Assert.Equal(new Uri(client.BaseAddress!, $"/documents/{id}#p30").AbsoluteUri, first.GetProperty("link").GetString());
        Assert.Equal("Working Group on Returns", first.GetProperty("author").GetString());

        // A replacement updates the entry where it stands: updated is the replacement's time in the audit log.
        using var moved = UploadApiFactory.Fields(("place", "Bangkok"));
        using var replaced = await client.PutAsync($"/api/documents/{id}", moved, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        var revised = Assert.Single((await AtomDocument.GetAsync(client, followed)).Entries);
        Assert.Equal(top.Element(AtomDocument.Atom + "id")!.Value, revised.Element(AtomDocument.Atom + "id")!.Value);
        Assert.Equal(AtomDocument.Date(top, "published"), AtomDocument.Date(revised, "published"));
        var audit = await File.ReadAllLinesAsync(Path.Combine(api.CorpusPath, Core.Ingestion.CorpusLayout.AuditFile), TestContext.Current.CancellationToken);
        var replacedAt = JsonDocument.Parse(audit.Last(l => l.Contains("\"replace\"", StringComparison.Ordinal))).RootElement.GetProperty("time").GetDateTimeOffset();
        // Atom dates are written to the second.
        Assert.Equal(replacedAt.AddTicks(-(replacedAt.Ticks % TimeSpan.TicksPerSecond)), AtomDocument.Date(revised, "updated"));
    }

    public void Dispose() => _folder.Delete(recursive: true);

    private static byte[] NoteWithReintegrationLast() => Encoding.UTF8.GetBytes(string.Join("\n\n", [
        "Illustrative Note of the Working Group on Returns (bilby)",
        .. Enumerable.Range(1, 29).Select(n => string.Create(CultureInfo.InvariantCulture, $"{n}. The members of the working group took note of item {n} of the agenda of their meeting.")),
        "30. The members agreed that the reintegration of those who go home deserves their sustained attention."]));
}
