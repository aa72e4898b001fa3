using System.Text.Json;
using System.Text.RegularExpressions;
using Archive.Testing;

namespace Archive.Api.Tests.Clients;

/// <summary>
/// Citations read by the tools researchers cite with: pandoc's citeproc renders the CSL-JSON and the biblatex record,
/// biber validates the record against biblatex's data model, and citation-js (the reader behind many reference
/// managers' imports) parses RIS, biblatex and CSL-JSON. Each in both languages, for an Indonesian and an English
/// paragraph that runs over two pages, and for a whole document.
/// </summary>
public sealed partial class ReferenceManagerTests(ArchiveApiFactory api) : IClassFixture<ArchiveApiFactory>, IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("archive-citations-");

    public static TheoryData<string, string> Cited => new()
    {
        { "paragraphs/bpmc3-2009-cochairs-id/p4", "en" },
        { "paragraphs/bpmc3-2009-cochairs-id/p4", "id" },
        { "paragraphs/bpmc4-2011-cochairs-en/p5", "en" },
        { "paragraphs/bpmc4-2011-cochairs-en/p5", "id" },
        { "documents/bpmc6-2016-declaration-id", "en" },
    };

    [Theory]
    [MemberData(nameof(Cited))]
    public async Task PandocCiteproc_RendersTheTitleAsWritten_TheLocator_AndASingleDashRange(string cited, string language)
    {
        var (title, permalink) = await TitleAndPermalinkAsync(cited, language);
        var key = Key(cited);
        await File.WriteAllTextAsync(Path.Combine(_folder.FullName, "cite.md"), $"---\nlang: {language}\n---\nSee [@{key}].\n", TestContext.Current.CancellationToken);

        foreach (var (format, file) in new[] { ("csl-json", "refs.json"), ("bibtex", "refs.bib") })
        {
            await SaveAsync(cited, format, language, file);
            var rendered = Flat(await ExternalProcess.RunAsync("pandoc",
                ["cite.md", "--citeproc", $"--bibliography={file}", "-t", "plain", "--wrap=none"], _folder.FullName, new Dictionary<string, string>(), TestContext.Current.CancellationToken));

            Assert.Contains(permalink, rendered, StringComparison.Ordinal);
            Assert.DoesNotContain("--", rendered, StringComparison.Ordinal);
            // citeproc title-cases English titles (a style's choice); an Indonesian title it must leave as written.
            if (cited.Contains("-id", StringComparison.Ordinal))
            {
                Assert.Contains(title, rendered, StringComparison.Ordinal);
            }
            else
            {
                Assert.Contains(title, rendered, StringComparison.OrdinalIgnoreCase);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Cited))]
    public async Task Biber_ValidatesTheRecordAgainstBiblatexsDataModel_WithoutAWarning(string cited, string language)
    {
        await SaveAsync(cited, "bibtex", language, "refs.bib");

        var output = await ExternalProcess.RunAsync("biber", ["--tool", "--validate-datamodel", "--nolog", "refs.bib"], _folder.FullName,
            new Dictionary<string, string>(), TestContext.Current.CancellationToken);

        Assert.Contains("Found BibTeX data source", output, StringComparison.Ordinal);
        Assert.DoesNotMatch(WarningOrError(), output);
    }

    [Theory]
    [MemberData(nameof(Cited))]
    public async Task CitationJs_ReadsEveryFormat_AsOneItemWithTitlePageAddressAndYear(string cited, string language)
    {
        var (title, permalink) = await TitleAndPermalinkAsync(cited, language);
        var workspace = NodeClients.Workspace(_folder, "citations.mjs", "package.json");

        foreach (var (format, file) in new[] { ("ris", "refs.ris"), ("bibtex", "refs.bib"), ("csl-json", "refs.json") })
        {
            await SaveAsync(cited, format, language, file);
            using var items = JsonDocument.Parse(await NodeClients.RunAsync(workspace, "node", "citations.mjs", file));

            var item = Assert.Single(items.RootElement.EnumerateArray());
            Assert.Equal(title, item.GetProperty("title").GetString());
            Assert.Equal(permalink, item.GetProperty("URL").GetString());
            Assert.Equal(cited.Contains("2009", StringComparison.Ordinal) ? 2009 : cited.Contains("2011", StringComparison.Ordinal) ? 2011 : 2016,
                item.GetProperty("issued").GetProperty("date-parts")[0][0].GetInt32());
            if (cited.StartsWith("paragraphs/", StringComparison.Ordinal))
            {
                Assert.Equal("1-2", item.GetProperty("page").GetString());
            }
        }
    }

    public void Dispose() => _folder.Delete(recursive: true);

    private async Task SaveAsync(string cited, string format, string language, string file)
    {
        using var client = api.CreateApiClient();
        var text = await client.GetStringAsync($"/api/{cited}/cite?format={format}&lang={language}", TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(_folder.FullName, file), text, TestContext.Current.CancellationToken);
    }

    /// <summary>The title a citation should carry (the document's, a paragraph's ending with its locator) and the permalink, from the CSL-JSON.</summary>
    private async Task<(string Title, string Permalink)> TitleAndPermalinkAsync(string cited, string language)
    {
        using var client = api.CreateApiClient();
        using var csl = JsonDocument.Parse(await client.GetStringAsync($"/api/{cited}/cite?format=csl-json&lang={language}", TestContext.Current.CancellationToken));
        var item = csl.RootElement[0];
        var title = item.GetProperty("title").GetString()!;
        var locator = language == "id" ? ", paragraf " : ", para. ";
        Assert.True(!cited.StartsWith("paragraphs/", StringComparison.Ordinal) || title.Contains(locator, StringComparison.Ordinal), title);
        return (title, item.GetProperty("URL").GetString()!);
    }

    private static string Key(string cited) => Regex.Replace(cited[(cited.IndexOf('/', StringComparison.Ordinal) + 1)..], "[^A-Za-z0-9]", "_");

    private static string Flat(string text) => Regex.Replace(text.Replace('“', '"').Replace('”', '"').Replace('’', '\''), @"\s+", " ");

    [GeneratedRegex(@"\b(WARN|ERROR)\b")]
    private static partial Regex WarningOrError();
}
