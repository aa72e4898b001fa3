using System.Text.Json;

namespace Archive.Cli.Tests;

public sealed class ExtractCommandTests
{
    [Fact]
    public async Task Extract_Json_PrintsTheDocumentAsTheApiShapesIt()
    {
        var run = await CliRun.InvokeAsync("extract", Path.Combine(CliRun.Corpus, "bpmc8-2023-cochairs-id.pdf"), "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        Assert.Equal("bpmc8-2023-cochairs-id.pdf", root.GetProperty("source").GetString());
        Assert.Equal("id", root.GetProperty("language").GetString());
        Assert.Equal("co-chairs-statement", root.GetProperty("type").GetString());
        Assert.Equal(8, root.GetProperty("conference").GetInt32());
        Assert.Equal("2023-02-10", root.GetProperty("date").GetString());
        Assert.Equal("Adelaide", root.GetProperty("place").GetString());
        Assert.True(root.GetProperty("sample").GetBoolean());
        var first = root.GetProperty("paragraphs").EnumerateArray().First(p => p.GetProperty("number").GetString() == "1");
        Assert.Equal("bpmc8-2023-cochairs-id/p1", first.GetProperty("id").GetString());
        Assert.NotEmpty(first.GetProperty("pages").EnumerateArray());
        Assert.Equal("/documents/bpmc8-2023-cochairs-id#p1", first.GetProperty("permalink").GetString());
        Assert.False(string.IsNullOrWhiteSpace(first.GetProperty("text").GetString()));
        Assert.StartsWith("Pernyataan Ketua Bersama (contoh ilustratif)", first.GetProperty("citation").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_BrokenFile_SaysWhyAndExitsOne()
    {
        var path = Path.Combine(Path.GetTempPath(), $"archive-cli-{Guid.NewGuid():N}.pdf");
        await File.WriteAllTextAsync(path, "not a pdf", TestContext.Current.CancellationToken);
        try
        {
            var run = await CliRun.InvokeAsync("extract", path, "--json");

            Assert.Equal(1, run.ExitCode);
            Assert.Contains("not a PDF", run.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Help_ListsTheCommands()
    {
        var run = await CliRun.InvokeAsync("--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("ingest", run.Output, StringComparison.Ordinal);
        Assert.Contains("extract", run.Output, StringComparison.Ordinal);
    }
}
