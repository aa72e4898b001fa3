using System.Text.Json;

namespace Archive.Cli.Tests;

public sealed class CommitmentCommandsTests : IAsyncLifetime
{
    private readonly DirectoryInfo _index = Directory.CreateTempSubdirectory("archive-cli-commitments-");

    public async ValueTask InitializeAsync() => await CliRun.InvokeAsync("index", "--corpus", CliRun.Corpus, "--index", _index.FullName);

    public ValueTask DisposeAsync()
    {
        _index.Delete(recursive: true);
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task Commitments_Json_NamesSourceParagraphAndTopicsAsTheApiDoes()
    {
        var run = await CliRun.InvokeAsync("commitments", "--index", _index.FullName, "--topic", "online-scams", "--lang", "id", "--json");

        Assert.Equal(0, run.ExitCode);
        var items = JsonDocument.Parse(run.Output).RootElement.EnumerateArray().ToList();
        Assert.NotEmpty(items);
        Assert.All(items, c =>
        {
            Assert.EndsWith("-id.pdf", c.GetProperty("source").GetString(), StringComparison.Ordinal);
            Assert.False(string.IsNullOrEmpty(c.GetProperty("paragraph").GetString()));
            Assert.Contains("online-scams", c.GetProperty("topics").EnumerateArray().Select(t => t.GetProperty("id").GetString()));
            Assert.StartsWith("/documents/", c.GetProperty("permalink").GetString(), StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Commitments_Csv_HasAHeaderRowAndOneRowPerCommitment()
    {
        var run = await CliRun.InvokeAsync("commitments", "--index", _index.FullName, "--addressee", "rso", "--csv");

        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Id,Conference,Date,Language", lines[0], StringComparison.Ordinal);
        Assert.True(lines.Length > 3);
    }

    [Fact]
    public async Task Lineage_ByWords_PrintsTheTimeline()
    {
        var run = await CliRun.InvokeAsync("lineage", "Working Group on Trafficking in Persons", "--index", _index.FullName);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("Lineage L:", run.Output, StringComparison.Ordinal);
        Assert.Contains("Ministerial Conference of the Bali Process", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Commitments_UnknownTopic_SaysWhichExistAndExitsTwo()
    {
        var run = await CliRun.InvokeAsync("commitments", "--index", _index.FullName, "--topic", "weather");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("returns-reintegration", run.Error, StringComparison.Ordinal);
    }
}
