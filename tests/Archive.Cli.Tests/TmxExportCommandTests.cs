using System.Xml.Linq;
using Archive.Core.Documents;
using Archive.Core.Indexing;
using Microsoft.Extensions.Options;

namespace Archive.Cli.Tests;

/// <summary><c>archive export --format tmx</c> of the sample corpus: the translation memory GET /api/export/tmx serves, to a file or standard output.</summary>
public sealed class TmxExportCommandTests(ExportFixture export) : IClassFixture<ExportFixture>, IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("archive-cli-tmx-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public async Task Tmx_ToFile_WritesOneUnitPerAlignedPairAndSaysHowMany()
    {
        var path = Path.Combine(_folder.FullName, "memory.tmx");

        var run = await CliRun.InvokeAsync("export", "--format", "tmx", "--index", export.Index, "--out", path);

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Output);
        var expected = await PairsAsync(_ => true);
        Assert.Equal(expected, UnitIds(XDocument.Load(path)));
        Assert.Matches($"^Exported {expected.Count} aligned English and Indonesian paragraph pairs of gen-[^ ]+ as TMX, to {path}\n$", run.Error);
    }

    [Fact]
    public async Task Tmx_Filters_LeaveOnlyThePairsOfTheMatchingDocuments()
    {
        var run = await CliRun.InvokeAsync("export", "--format", "tmx", "--index", export.Index, "--conference", "8", "--from", "2020", "--type", "strategy");

        Assert.Equal(0, run.ExitCode);
        var expected = await PairsAsync(d => d.Metadata.Conference == 8 && d.Metadata.Date?.Year >= 2020 && d.Metadata.Type == DocumentType.Strategy);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, UnitIds(XDocument.Parse(run.Output)));
        Assert.Contains("to standard output", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tmx_ToStandardOutput_IsTheFilesTranslationMemory()
    {
        var path = Path.Combine(_folder.FullName, "memory.tmx");
        Assert.Equal(0, (await CliRun.InvokeAsync("export", "--format", "tmx", "--index", export.Index, "--out", path)).ExitCode);

        var run = await CliRun.InvokeAsync("export", "--format", "tmx", "--index", export.Index, "--out", "-");

        Assert.Equal(0, run.ExitCode);
        // The declaration names the writer's encoding: UTF-8 for a file, UTF-16 for the test's in-memory output.
        Assert.Equal(Body(await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken)), Body(run.Output));
    }

    [Theory]
    [InlineData("--from 2020 --to 2010", "--from must not be later than --to.")]
    [InlineData("--conference 0", "--conference must be between 1 and 99.")]
    [InlineData("--type treaty", "--type must be one of co-chairs-statement, declaration, framework, strategy, other.")]
    [InlineData("--from 1800", "--from must be a year between 1990 and 2100.")]
    public async Task Tmx_BadFilter_SaysWhyInTheCommandsNamesAndExitsTwo(string filter, string message)
    {
        var run = await CliRun.InvokeAsync(["export", "--format", "tmx", "--index", export.Index, .. filter.Split(' ')]);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"archive: {message}\n", run.Error);
        Assert.Empty(run.Output);
    }

    [Fact]
    public async Task FilterWithAnotherFormat_IsRefusedRatherThanIgnored()
    {
        var run = await CliRun.InvokeAsync("export", "--format", "opensearch-bulk", "--index", export.Index, "--conference", "6");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("filter --format tmx only", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Output);
    }

    /// <summary>The English paragraph id of every aligned pair of the index whose documents pass <paramref name="keep"/>.</summary>
    private async Task<List<string>> PairsAsync(Func<ArchiveDocument, bool> keep)
    {
        using var live = new LiveIndex(Options.Create(new IndexOptions()), new RecentSnapshots());
        await live.RefreshAsync(new IndexStore(export.Index), TestContext.Current.CancellationToken);
        var library = live.Library;
        return [.. from document in library.Documents
                   where document.Language == DocumentLanguage.English && keep(document)
                   from paragraph in document.Paragraphs
                   where paragraph.CounterpartId is { } id && library.FindParagraph(id) is ({ Language: DocumentLanguage.Indonesian }, _)
                   select paragraph.Id];
    }

    private static List<string> UnitIds(XDocument tmx) => [.. tmx.Root!.Element("body")!.Elements("tu").Select(u => u.Attribute("tuid")!.Value)];

    private static string Body(string tmx) => tmx[tmx.IndexOf("?>", StringComparison.Ordinal)..];
}
