using System.Net;
using System.Xml.Linq;
using Archive.Core.Documents;
using Archive.Core.Indexing;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Api.Tests;

public sealed class ExportEndpointsTests(ArchiveApiFactory api) : IClassFixture<ArchiveApiFactory>
{
    /// <summary>The English paragraph id of every aligned pair of the served library whose documents pass <paramref name="keep"/>.</summary>
    internal static List<string> PairsOf(ArchiveApiFactory api, Func<ArchiveDocument, bool> keep)
    {
        var library = api.Services.GetRequiredService<LiveIndex>().Served.Library;
        return [.. from document in library.Documents
                   where document.Language == DocumentLanguage.English && keep(document)
                   from paragraph in document.Paragraphs
                   where paragraph.CounterpartId is { } id && library.FindParagraph(id) is ({ Language: DocumentLanguage.Indonesian }, _)
                   select paragraph.Id];
    }

    [Fact]
    public async Task Tmx_Unfiltered_StreamsAnAttachmentWithOneUnitPerAlignedPair()
    {
        using var client = api.CreateApiClient();

        using var response = await client.GetAsync("/api/export/tmx", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/x-tmx+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("bali-process-en-id.tmx", response.Content.Headers.ContentDisposition?.FileName);
        var tmx = XDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var expected = PairsOf(api, _ => true);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, Units(tmx).Select(u => u.Attribute("tuid")?.Value));
        Assert.Equal("en", tmx.Root!.Element("header")?.Attribute("srclang")?.Value);
    }

    [Theory]
    [InlineData("?conference=6")]
    [InlineData("?type=declaration")]
    [InlineData("?from=2016&to=2018")]
    [InlineData("?to=2011&sample=true")]
    [InlineData("?sample=false")]
    public async Task Tmx_Filtered_HoldsThePairsOfTheMatchingDocumentsOnly(string filter)
    {
        using var client = api.CreateApiClient();

        var tmx = XDocument.Parse(await client.GetStringAsync("/api/export/tmx" + filter, TestContext.Current.CancellationToken));

        var expected = PairsOf(api, filter switch
        {
            "?conference=6" => d => d.Metadata.Conference == 6,
            "?type=declaration" => d => d.Metadata.Type == DocumentType.Declaration,
            "?from=2016&to=2018" => d => d.Metadata.Date?.Year is >= 2016 and <= 2018,
            "?to=2011&sample=true" => d => d.Metadata.Date?.Year <= 2011 && d.Metadata.Sample,
            _ => d => !d.Metadata.Sample,
        });
        Assert.Equal(expected, Units(tmx).Select(u => u.Attribute("tuid")?.Value));
        Assert.True(expected.Count < PairsOf(api, _ => true).Count);
    }

    [Theory]
    [InlineData("?conference=0", "conference")]
    [InlineData("?type=treaty", "type")]
    [InlineData("?from=1800", "from")]
    [InlineData("?from=2020&to=2010", "from")]
    [InlineData("?conference=six", "conference")]
    [InlineData("?sample=maybe", "sample")]
    public async Task Tmx_BadFilter_Returns400ValidationProblemNamingTheParameter(string filter, string parameter)
    {
        using var client = api.CreateApiClient();

        using var response = await client.GetAsync("/api/export/tmx" + filter, TestContext.Current.CancellationToken);

        var problem = await DocumentEndpointsTests.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out var messages), problem.ToString());
        Assert.StartsWith(parameter, messages[0].GetString(), StringComparison.Ordinal);
    }

    private static List<XElement> Units(XDocument tmx) => [.. tmx.Root!.Element("body")!.Elements("tu")];
}
