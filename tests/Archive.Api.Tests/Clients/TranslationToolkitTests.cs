using System.Text.Json;
using Archive.Core.Indexing;
using Archive.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Api.Tests.Clients;

/// <summary>
/// The translation memory as translators' tools read it: Translate Toolkit's TMX reader (<c>translate.storage.tmx</c>,
/// Debian's <c>translate-toolkit</c>, which <c>./test.sh</c> installs) parses the downloaded file into units whose
/// source and target are the aligned paragraphs' texts.
/// </summary>
public sealed class TranslationToolkitTests(ArchiveApiFactory api) : IClassFixture<ArchiveApiFactory>, IDisposable
{
    /// <summary>Debian's Python, where apt installs the toolkit (a python3 earlier on PATH may be another one).</summary>
    private const string Python = "/usr/bin/python3";

    private const string Reader = "/usr/lib/python3/dist-packages/translate/storage/tmx.py";

    // Every unit as the toolkit reads it: its id, source (the srclang variant) and target.
    private const string Script = """
        import json, sys
        from translate.storage import tmx
        store = tmx.tmxfile.parsefile(sys.argv[1])
        print(json.dumps({"source": store.sourcelanguage, "units": [[u.getid(), u.source, u.target] for u in store.units]}))
        """;

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("archive-tmx-");

    [Theory]
    [InlineData("", null)]
    [InlineData("?conference=8", 8)]
    public async Task TranslateToolkit_ReadsEveryAlignedPair_WithTheParagraphsTexts(string filter, int? conference)
    {
        Assert.True(File.Exists(Reader), $"translate-toolkit is not installed ({Reader} is missing): run ./test.sh, which installs it");
        var path = Path.Combine(_folder.FullName, "memory.tmx");
        using (var client = api.CreateApiClient())
        {
            await File.WriteAllBytesAsync(path, await client.GetByteArrayAsync("/api/export/tmx" + filter, TestContext.Current.CancellationToken), TestContext.Current.CancellationToken);
        }

        var output = await ExternalProcess.RunAsync(Python, ["-c", Script, path], _folder.FullName, new Dictionary<string, string>(), TestContext.Current.CancellationToken);

        using var read = JsonDocument.Parse(output);
        Assert.Equal("en", read.RootElement.GetProperty("source").GetString());
        var units = read.RootElement.GetProperty("units").EnumerateArray().Select(u => (Id: u[0].GetString(), Source: u[1].GetString(), Target: u[2].GetString())).ToList();
        var expected = ExportEndpointsTests.PairsOf(api, d => conference is null || d.Metadata.Conference == conference);
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Count, units.Count);
        var library = api.Services.GetRequiredService<LiveIndex>().Served.Library;
        foreach (var (unit, id) in units.Zip(expected))
        {
            var english = library.FindParagraph(id)!.Value.Paragraph;
            var indonesian = library.FindParagraph(english.CounterpartId!)!.Value.Paragraph;
            Assert.Equal(id, unit.Id);
            Assert.Equal(english.Text, unit.Source);
            Assert.Equal(indonesian.Text, unit.Target);
        }
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
