using System.Text.Json;
using Archive.Core.Documents;
using Archive.Testing;

namespace Archive.Cli.Tests;

public sealed class IndexAndSearchCommandTests : IDisposable
{
    private readonly DirectoryInfo _index = Directory.CreateTempSubdirectory("archive-cli-index-");

    public void Dispose() => _index.Delete(recursive: true);

    [Fact]
    public async Task Index_ThenAgain_BuildsOnceAndThenSaysItIsFresh()
    {
        var first = await CliRun.InvokeAsync("index", "--corpus", CliRun.Corpus, "--index", _index.FullName);
        var second = await CliRun.InvokeAsync("index", "--corpus", CliRun.Corpus, "--index", _index.FullName);
        var forced = await CliRun.InvokeAsync("index", "--corpus", CliRun.Corpus, "--index", _index.FullName, "--force");

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("Building the index", first.Output, StringComparison.Ordinal);
        Assert.Contains($"{SampleCorpus.Documents} documents, {SampleCorpus.Paragraphs} paragraphs", first.Output, StringComparison.Ordinal);
        Assert.Contains("is fresh", second.Output, StringComparison.Ordinal);
        Assert.Contains("rebuild requested", forced.Output, StringComparison.Ordinal);
        // Only the English paragraphs are embedded: each Indonesian one shares its counterpart's vector.
        var english = SampleCorpus.ParagraphsIn(DocumentLanguage.English);
        Assert.Contains($"Paragraph vectors (minilm-all-minilm-l6-v2-384): {english} embedded, 0 reused", first.Output, StringComparison.Ordinal);
        Assert.Contains($"Embedded {english} of {english} paragraphs", first.Output, StringComparison.Ordinal);
        Assert.Contains($"0 embedded, {english} reused from earlier builds", forced.Output, StringComparison.Ordinal);
        Assert.Single(File.ReadAllLines(Path.Combine(_index.FullName, "current")));
    }

    [Fact]
    public async Task Search_Json_PrintsHitsInTheLanguageAskedWithTheirCounterparts()
    {
        await CliRun.InvokeAsync("index", "--corpus", CliRun.Corpus, "--index", _index.FullName);

        var run = await CliRun.InvokeAsync("search", "perdagangan orang", "--index", _index.FullName, "--lang", "en", "--k", "3", "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var hits = json.RootElement.GetProperty("hits").EnumerateArray().ToList();
        Assert.Equal(3, hits.Count);
        Assert.All(hits, h => Assert.Equal("en", h.GetProperty("language").GetString()));
        Assert.All(hits, h => Assert.Equal("id", h.GetProperty("counterpart").GetProperty("language").GetString()));
    }

    [Theory]
    [InlineData("semantic")]
    [InlineData("hybrid")]
    public async Task Search_Mode_RanksByMeaningAndSaysWhatMadeEachRank(string mode)
    {
        await CliRun.InvokeAsync("index", "--corpus", CliRun.Corpus, "--index", _index.FullName);

        var run = await CliRun.InvokeAsync("search", "sending people home safely", "--index", _index.FullName, "--mode", mode, "--k", "3", "--json");
        var text = await CliRun.InvokeAsync("search", "sending people home safely", "--index", _index.FullName, "--mode", mode, "--k", "3");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal(mode, json.RootElement.GetProperty("mode").GetString());
        var hits = json.RootElement.GetProperty("hits").EnumerateArray().ToList();
        Assert.Equal(3, hits.Count);
        Assert.All(hits, h => Assert.Equal(JsonValueKind.Number, h.GetProperty("scores").GetProperty("semanticRank").ValueKind));
        Assert.Contains("ranked by: ", text.Output, StringComparison.Ordinal);
        Assert.Contains("meaning #1", text.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_Table_ShowsCitationsAndCounts()
    {
        await CliRun.InvokeAsync("index", "--corpus", CliRun.Corpus, "--index", _index.FullName);

        var run = await CliRun.InvokeAsync("search", "\"Regional Support Office\"", "--index", _index.FullName, "--k", "2");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Ministerial Conference", run.Output, StringComparison.Ordinal);
        Assert.Contains("2 of ", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_FilterSortAndCollapseOptions_ReachTheSearch()
    {
        await CliRun.InvokeAsync("index", "--corpus", CliRun.Corpus, "--index", _index.FullName);

        var run = await CliRun.InvokeAsync("search", "returns", "--index", _index.FullName, "--type", "co-chairs-statement", "--from", "2009",
            "--collapse", "--sort", "date", "--lang", "en", "--mode", "lexical", "--k", "20", "--json");

        Assert.Equal(0, run.ExitCode);
        var hits = JsonDocument.Parse(run.Output).RootElement.GetProperty("hits").EnumerateArray().ToList();
        Assert.True(hits.Count > 1, run.Output);
        Assert.All(hits, h => Assert.Equal("co-chairs-statement", h.GetProperty("type").GetString()));
        Assert.Equal(hits.Count, hits.Select(h => h.GetProperty("documentId").GetString()).Distinct().Count());
        var dates = hits.Select(h => h.GetProperty("date").GetString()).ToList();
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);
    }

    [Theory]
    [InlineData("--k", "0", "--k must be between 1 and 100.")]
    [InlineData("--lang", "fr", "--lang must be any, en or id.")]
    [InlineData("--offset", "20000", "--offset must be between 0 and 10000.")]
    [InlineData("--conference", "100", "--conference must be between 1 and 99.")]
    public async Task Search_BadOption_IsRefusedWithTheEndpointsMessage_InTheCommandsName(string option, string value, string message)
    {
        var run = await CliRun.InvokeAsync("search", "returns", "--index", _index.FullName, option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"archive: {message}", run.Error.Trim());
    }

    [Fact]
    public async Task Search_MalformedQuery_SaysWhyAndExitsTwo()
    {
        await CliRun.InvokeAsync("index", "--corpus", CliRun.Corpus, "--index", _index.FullName);

        var run = await CliRun.InvokeAsync("search", "\"returns", "--index", _index.FullName);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("a quoted phrase is not closed", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_WithoutIndex_SaysHowToBuildOne()
    {
        var run = await CliRun.InvokeAsync("search", "returns", "--index", _index.FullName);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("archive index", run.Error, StringComparison.Ordinal);
    }
}
