using System.Text.Json;
using Archive.Testing;

namespace Archive.Api.Tests.Feeds;

/// <summary>
/// Debian's python3-feedparser, the parser behind many feed readers, reading a feed the service wrote: whether it is
/// well-formed (bozo 0) and what a reader sees of it. Debian's own python3, which has the package, not whichever
/// python3 comes first on the PATH.
/// </summary>
internal static class FeedParser
{
    private const string Python = "/usr/bin/python3";

    private const string Script = """
        import feedparser, json, sys
        d = feedparser.parse(sys.argv[1])
        print(json.dumps({
            'bozo': int(d.bozo),
            'problem': str(d.get('bozo_exception', '')),
            'version': d.version,
            'title': d.feed.get('title'),
            'language': d.feed.get('language'),
            'links': [{'rel': l.get('rel'), 'href': l.get('href'), 'type': l.get('type')} for l in d.feed.get('links', [])],
            'updated': d.feed.get('updated'),
            'entries': [{
                'id': e.get('id'),
                'title': e.get('title'),
                'link': e.get('link'),
                'links': [{'rel': l.get('rel'), 'href': l.get('href'), 'type': l.get('type')} for l in e.get('links', [])],
                'author': e.get('author'),
                'published': e.get('published'),
                'updated': e.get('updated'),
                'content': [c.get('value') for c in e.get('content', [])],
                'language': (e.get('content') or [{}])[0].get('language'),
            } for e in d.entries],
        }))
        """;

    /// <summary>The feed at <paramref name="path"/> as feedparser reads it.</summary>
    public static async Task<JsonElement> ParseAsync(string path)
    {
        if (!File.Exists(Python))
        {
            throw new InvalidOperationException("Debian's python3 and python3-feedparser are needed for the feed tests: apt-get install python3-feedparser");
        }

        var output = await ExternalProcess.RunAsync(Python, ["-c", Script, path], Path.GetDirectoryName(path)!, new Dictionary<string, string>(), TestContext.Current.CancellationToken);
        using var json = JsonDocument.Parse(output);
        return json.RootElement.Clone();
    }
}
