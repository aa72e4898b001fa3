using System.Text.Json;

namespace Archive.Cli.Tests;

public sealed class PrecedentCommandTests : IDisposable
{
    private readonly DirectoryInfo _index = Directory.CreateTempSubdirectory("archive-cli-precedent-");

    public void Dispose() => _index.Delete(recursive: true);

    private string Draft(string text)
    {
        var path = Path.Combine(_index.FullName, "draft.txt");
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public async Task Precedent_PrintsTheWordDiffAndTheAgreedWording()
    {
        await CliRun.InvokeAsync("index", "--corpus", CliRun.Corpus, "--index", _index.FullName);
        var draft = Draft("Ministers agreed to strengthen cooperation on the safe and voluntary return of migrants who are found not to be in need of international protection.");

        var text = await CliRun.InvokeAsync("precedent", "--file", draft, "--index", _index.FullName, "--k", "2");
        var json = await CliRun.InvokeAsync("precedent", "--file", draft, "--index", _index.FullName, "--k", "2", "--json");

        Assert.Equal(0, text.ExitCode);
        Assert.Contains("1. [", text.Output, StringComparison.Ordinal);
        Assert.Contains("{+", text.Output, StringComparison.Ordinal);
        Assert.Contains("[-", text.Output, StringComparison.Ordinal);
        Assert.Contains("agreed wording (", text.Output, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json.Output);
        Assert.Equal("en", document.RootElement.GetProperty("language").GetString());
        var precedents = document.RootElement.GetProperty("precedents").EnumerateArray().ToList();
        Assert.Equal(2, precedents.Count);
        Assert.All(precedents, p => Assert.NotEmpty(p.GetProperty("diff").EnumerateArray()));
        Assert.Contains(precedents, p => p.GetProperty("verbatim").GetArrayLength() > 0);
    }

    [Fact]
    public async Task Precedent_TooShortOrMissingDraft_SaysWhyAndExitsTwo()
    {
        var missing = await CliRun.InvokeAsync("precedent", "--file", Path.Combine(_index.FullName, "none.txt"), "--index", _index.FullName);
        var tooShort = await CliRun.InvokeAsync("precedent", "--file", Draft("two words"), "--index", _index.FullName);
        var tooLong = await CliRun.InvokeAsync("precedent", "--file", Draft(new string('a', 5001)), "--index", _index.FullName);

        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("cannot read the draft", missing.Error, StringComparison.Ordinal);
        Assert.Equal(2, tooShort.ExitCode);
        Assert.Contains("at least 3 words", tooShort.Error, StringComparison.Ordinal);
        Assert.Equal(2, tooLong.ExitCode);
        Assert.Contains("at most 5,000", tooLong.Error, StringComparison.Ordinal);
    }
}
