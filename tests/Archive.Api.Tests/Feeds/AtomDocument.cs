using System.Xml.Linq;

namespace Archive.Api.Tests.Feeds;

/// <summary>An Atom feed as the service answered it, with the elements the tests read.</summary>
internal sealed class AtomDocument(XDocument xml)
{
    public static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public XElement Feed => xml.Root!;

    public IReadOnlyList<XElement> Entries => [.. Feed.Elements(Atom + "entry")];

    public string Title => Feed.Element(Atom + "title")!.Value;

    public static string Link(XElement element, string rel) =>
        element.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == rel).Attribute("href")!.Value;

    public static DateTimeOffset Date(XElement entry, string name) =>
        DateTimeOffset.Parse(entry.Element(Atom + name)!.Value, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>GETs a feed and checks it is one: 200, application/atom+xml, well-formed.</summary>
    public static async Task<AtomDocument> GetAsync(HttpClient client, string url, string? acceptLanguage = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.ParseAdd("application/atom+xml");
        if (acceptLanguage is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        }

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        return new AtomDocument(XDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)));
    }
}
