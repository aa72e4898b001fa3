using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Archive.Api.Tests;

/// <summary>Citations in every format, parsed as a reference manager would read them.</summary>
public sealed partial class CitationEndpointsTests(ArchiveApiFactory api) : IClassFixture<ArchiveApiFactory>
{
    // The item types of the CSL 1.0.2 schema (csl-data.json).
    private static readonly HashSet<string> CslTypes =
    [
        "article", "article-journal", "article-magazine", "article-newspaper", "bill", "book", "broadcast", "chapter", "classic",
        "collection", "dataset", "document", "entry", "entry-dictionary", "entry-encyclopedia", "event", "figure", "graphic",
        "hearing", "interview", "legal_case", "legislation", "manuscript", "map", "motion_picture", "musical_score", "pamphlet",
        "paper-conference", "patent", "performance", "periodical", "personal_communication", "post", "post-weblog", "regulation",
        "report", "review", "review-book", "software", "song", "speech", "standard", "thesis", "treaty", "webpage",
    ];

    private async Task<(HttpStatusCode Status, string? MediaType, string Body)> GetAsync(string url)
    {
        using var client = api.CreateApiClient();
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Text_InTheDocumentsLanguage_AndInTheOther()
    {
        var (_, mediaType, english) = await GetAsync("/api/paragraphs/bpmc6-2016-cochairs-en/p4/cite");
        var (_, _, indonesian) = await GetAsync("/api/paragraphs/bpmc6-2016-cochairs-en/p4/cite?format=text&lang=id");

        Assert.Equal("text/plain", mediaType);
        Assert.Equal("Co-Chairs' Statement (illustrative sample), Sixth Ministerial Conference of the Bali Process, Nusa Dua, Bali, 23 March 2016, para. 4", english);
        Assert.Equal("Pernyataan Ketua Bersama (contoh ilustratif), Konferensi Tingkat Menteri Bali Process ke-6, Nusa Dua, Bali, 23 Maret 2016, paragraf 4 (versi bahasa Inggris)", indonesian);
    }

    [Fact]
    public async Task BibTex_ParsesAsOneReportEntry_WithTheLocatorInTheTitleAndTheIllustrativeNote()
    {
        var (status, mediaType, body) = await GetAsync("/api/paragraphs/bpmc6-2016-cochairs-en/p4/cite?format=bibtex");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("application/x-bibtex", mediaType);
        var (type, key, fields) = ParseBibTex(body);
        Assert.Equal("report", type);
        Assert.Equal("bpmc6_2016_cochairs_en_p4", key);
        Assert.Equal("{Sixth Ministerial Conference of the Bali Process}", fields["author"]);
        Assert.Equal("2016-03-23", fields["date"]);
        Assert.False(fields.ContainsKey("month"));
        Assert.Equal("english", fields["langid"]);
        Assert.EndsWith("/documents/bpmc6-2016-cochairs-en#p4", fields["url"], StringComparison.Ordinal);
        Assert.False(fields.ContainsKey("howpublished"));
        Assert.StartsWith("Illustrative sample", fields["note"], StringComparison.Ordinal);
        Assert.Contains("Illustrative Co-Chairs' Statement", fields["title"], StringComparison.Ordinal);
        Assert.EndsWith(", para. 4", fields["title"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ris_ParsesTagByTag_FromTyToEr()
    {
        var (_, mediaType, body) = await GetAsync("/api/paragraphs/bpmc8-2023-strategy-id/p6/cite?format=ris");

        Assert.Equal("application/x-research-info-systems", mediaType);
        var lines = body.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.All(lines, l => Assert.Matches(RisLine(), l));
        var tags = lines.Select(l => (Tag: l[..2], Value: l[6..])).ToList();
        Assert.Equal("TY", tags[0].Tag);
        Assert.Equal("ER", tags[^1].Tag);
        var values = tags.ToDictionary(t => t.Tag, t => t.Value);
        Assert.Equal("GOVDOC", values["TY"]);
        Assert.Equal("2023", values["PY"]);
        Assert.Equal("Indonesian", values["LA"]);
        Assert.EndsWith(", paragraf 6", values["TI"], StringComparison.Ordinal);
        // A paragraph on one page has a start page and no end page equal to it.
        Assert.True(!values.TryGetValue("EP", out var end) || end != values["SP"], body);
        Assert.Contains("Contoh ilustratif", values["N1"], StringComparison.Ordinal);
        Assert.EndsWith("/documents/bpmc8-2023-strategy-id#p6", values["UR"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task CslJson_HasTheSchemasRequiredFields_AndValidTypes()
    {
        var (_, mediaType, body) = await GetAsync("/api/documents/bpmc6-2016-declaration-en/cite?format=csl-json");

        Assert.Equal("application/vnd.citationstyles.csl+json", mediaType);
        using var json = JsonDocument.Parse(body);
        var item = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal(JsonValueKind.String, item.GetProperty("id").ValueKind);
        Assert.Contains(item.GetProperty("type").GetString()!, CslTypes);
        Assert.Equal([2016, 3, 23], item.GetProperty("issued").GetProperty("date-parts")[0].EnumerateArray().Select(p => p.GetInt32()));
        Assert.Equal("Sixth Ministerial Conference of the Bali Process", item.GetProperty("author")[0].GetProperty("literal").GetString());
        Assert.Contains("not an official Bali Process text", item.GetProperty("note").GetString(), StringComparison.Ordinal);
        Assert.EndsWith("/documents/bpmc6-2016-declaration-en", item.GetProperty("URL").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/paragraphs/bpmc6-2016-cochairs-en/p999/cite", HttpStatusCode.NotFound)]
    [InlineData("/api/documents/nope/cite", HttpStatusCode.NotFound)]
    [InlineData("/api/paragraphs/bpmc6-2016-cochairs-en/p4/cite?format=mla", HttpStatusCode.BadRequest)]
    [InlineData("/api/documents/bpmc6-2016-cochairs-en/cite?lang=fr", HttpStatusCode.BadRequest)]
    public async Task UnknownIdOrFormat_IsProblemDetails(string url, HttpStatusCode expected)
    {
        var (status, mediaType, _) = await GetAsync(url);

        Assert.Equal(expected, status);
        Assert.Equal("application/problem+json", mediaType);
    }

    /// <summary>A BibTeX entry read as BibTeX does: type, key, then name = {balanced braces} fields.</summary>
    private static (string Type, string Key, Dictionary<string, string> Fields) ParseBibTex(string text)
    {
        var head = BibTexHead().Match(text);
        Assert.True(head.Success, text);
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        var position = head.Length;
        while (true)
        {
            var name = BibTexField().Match(text, position);
            if (!name.Success)
            {
                break;
            }

            var start = name.Index + name.Length;
            var depth = 1;
            var end = start;
            for (; depth > 0; end++)
            {
                Assert.True(end < text.Length, "unbalanced braces");
                depth += text[end] switch
                {
                    '{' when text[end - 1] != '\\' => 1,
                    '}' when text[end - 1] != '\\' => -1,
                    _ => 0,
                };
            }

            fields[name.Groups[1].Value] = text[start..(end - 1)];
            position = end;
        }

        Assert.Matches(@"^\s*,?\s*\}\s*$", text[position..]);
        return (head.Groups[1].Value, head.Groups[2].Value, fields);
    }

    [GeneratedRegex(@"^@(\w+)\{([^,\s]+),")]
    private static partial Regex BibTexHead();

    [GeneratedRegex(@"\G\s*,?\s*(\w+)\s*=\s*\{")]
    private static partial Regex BibTexField();

    [GeneratedRegex(@"^[A-Z][A-Z0-9]  - ")]
    private static partial Regex RisLine();
}
